def closest_pair_sum(nums: list[int], goal: int) -> int:
    lo, hi = 0, len(nums) - 1
    best = nums[lo] + nums[hi]
    while lo < hi:
        total = nums[lo] + nums[hi]
        if (abs(total - goal), total) < (abs(best - goal), best):
            best = total
        if total < goal:
            lo += 1
        elif total > goal:
            hi -= 1
        else:
            return total
    return best

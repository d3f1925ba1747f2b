"""Two-index scan that replaces the best sum only when strictly closer, so it keeps whichever tie came first."""

BREAKS = "tie-smaller-sum"


def closest_pair_sum(nums: list[int], goal: int) -> int:
    lo, hi = 0, len(nums) - 1
    best = nums[lo] + nums[hi]
    while lo < hi:
        s = nums[lo] + nums[hi]
        if abs(s - goal) < abs(best - goal):
            best = s
        if s < goal:
            lo += 1
        elif s > goal:
            hi -= 1
        else:
            return s
    return best

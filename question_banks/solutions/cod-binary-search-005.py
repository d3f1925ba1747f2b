def kth_pair_distance(markers: list[int], k: int) -> int:
    pos = sorted(markers)

    def pairs_within(d: int) -> int:
        count, left = 0, 0
        for right, p in enumerate(pos):
            while p - pos[left] > d:
                left += 1
            count += right - left  # every index in left..right-1 is within d of right
        return count

    lo, hi = 0, pos[-1] - pos[0]
    while lo < hi:
        mid = (lo + hi) // 2
        if pairs_within(mid) >= k:
            hi = mid
        else:
            lo = mid + 1
    return lo

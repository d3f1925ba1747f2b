"""Counts, for every phone, the others within d using bisect, which counts each pair from both ends."""

from bisect import bisect_left, bisect_right

BREAKS = "unordered-pairs"


def kth_pair_distance(markers: list[int], k: int) -> int:
    pos = sorted(markers)
    lo, hi = 0, pos[-1] - pos[0]
    while lo < hi:
        mid = (lo + hi) // 2
        count = sum(bisect_right(pos, p + mid) - bisect_left(pos, p - mid) - 1 for p in pos)
        if count >= k:
            hi = mid
        else:
            lo = mid + 1
    return lo

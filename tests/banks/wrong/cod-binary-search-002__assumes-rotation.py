"""Finds the cut, then bisects one side; it mistakes an unrotated roster for one rotated by one."""

from bisect import bisect_left

BREAKS = "any-rotation"


def find_in_rotated(roster: list[int], queries: list[int]) -> list[int]:
    lo, hi = 0, len(roster) - 1
    while lo < hi:  # index of the smallest badge
        mid = (lo + hi) // 2
        if roster[mid] > roster[hi]:
            lo = mid + 1
        else:
            hi = mid
    cut = lo if lo else len(roster) - 1  # wrongly treats "no rotation" as "rotated by one"
    out = []
    for q in queries:
        part, base = (roster[:cut], 0) if q >= roster[0] else (roster[cut:], cut)
        i = bisect_left(part, q)
        out.append(base + i if i < len(part) and part[i] == q else -1)
    return out

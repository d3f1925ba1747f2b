"""Greedy farthest reach, but demands reach beyond the last pad, so a one-pad line with range 0 fails."""

BREAKS = "single-pad"


def can_reach_last(ranges: list[int]) -> bool:
    reach = 0
    for i, r in enumerate(ranges):
        if i > reach:
            return False
        reach = max(reach, i + r)
        if reach > len(ranges) - 1:
            return True
    return False

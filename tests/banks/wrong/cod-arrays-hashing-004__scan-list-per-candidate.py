"""Tries 1, 2, 3, ... and searches the whole list for each: right, but O(n^2) when 1..n are all there."""

BREAKS = "too-slow"


def lowest_free_locker(assigned: list[int]) -> int:
    candidate = 1
    while candidate in assigned:
        candidate += 1
    return candidate

"""Counts every number from 1 to n with list.count: right, but O(n^2)."""

BREAKS = "too-slow"


def printed_twice(stubs: list[int]) -> list[int]:
    return [v for v in range(1, len(stubs) + 1) if stubs.count(v) == 2]

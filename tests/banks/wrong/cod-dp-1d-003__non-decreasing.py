"""Patience sorting with bisect_right, which lets equal readings extend the sequence."""

from bisect import bisect_right

BREAKS = "strictly-rising"


def longest_rising(readings: list[int]) -> int:
    tails: list[int] = []
    for r in readings:
        i = bisect_right(tails, r)
        if i == len(tails):
            tails.append(r)
        else:
            tails[i] = r
    return len(tails)

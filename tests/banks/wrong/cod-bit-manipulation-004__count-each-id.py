"""Counts every id with list.count until one appears once: right, but O(n^2)."""

BREAKS = "too-slow"


def scanned_once(scans: list[int]) -> int:
    for x in scans:
        if scans.count(x) == 1:
            return x
    raise ValueError("no lone id")

"""Sorts by count and then by the code itself, not by first request."""

from collections import Counter

BREAKS = "ties-first-requested"


def by_popularity(codes: list[int]) -> list[int]:
    counts = Counter(codes)
    return sorted(counts, key=lambda c: (-counts[c], c))

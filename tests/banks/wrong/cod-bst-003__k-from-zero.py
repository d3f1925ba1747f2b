"""Treats k as a 0-based index, so k = 1 returns the second cheapest fare."""

BREAKS = "k-counts-from-one"


def kth_smallest_key(tree: list[int | None], k: int) -> int:
    fares = sorted(v for v in tree if v is not None)
    return fares[min(k, len(fares) - 1)]

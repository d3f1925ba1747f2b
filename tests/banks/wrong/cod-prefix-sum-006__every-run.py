"""Tries runs in order of length and sums each one: right, but O(n^2) or worse."""

BREAKS = "too-slow"


def shortest_pull(items: list[int], box_size: int) -> int:
    n = len(items)
    total = sum(items)
    if total % box_size == 0:
        return 0
    for length in range(1, n):
        window = sum(items[:length])
        for start in range(n - length + 1):
            if start:
                window += items[start + length - 1] - items[start - 1]
            if (total - window) % box_size == 0:
                return length
    return -1

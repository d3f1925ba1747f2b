"""Marks presence by negating slots but never clears zeros and negatives first, so junk looks like a mark."""

BREAKS = "junk-entries"


def lowest_free_locker(assigned: list[int]) -> int:
    n = len(assigned)
    for x in assigned:
        v = abs(x)
        if 1 <= v <= n:
            assigned[v - 1] = -abs(assigned[v - 1])
    for i, value in enumerate(assigned):
        if value > 0:
            return i + 1
    return n + 1

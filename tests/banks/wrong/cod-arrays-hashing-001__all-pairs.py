"""Checks every index pair: right counts, O(n^2) on 200,000 cards."""

BREAKS = "too-slow"


def count_card_pairs(values: list[int], target: int) -> int:
    return sum(1 for i in range(len(values)) for j in range(i + 1, len(values)) if values[i] + values[j] == target)

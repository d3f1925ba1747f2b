"""Counts pairs of distinct values through a set, so equal cards at different positions collapse."""

BREAKS = "equal-cards-distinct"


def count_card_pairs(values: list[int], target: int) -> int:
    seen = set(values)
    return sum(1 for v in seen if target - v in seen and v < target - v) + (
        1 if target % 2 == 0 and values.count(target // 2) >= 2 else 0
    )

"""Always takes the largest stamp that still fits: fine for everyday coins, not for arbitrary denominations."""

BREAKS = "exact-fewest"


def fewest_stamps(values: list[int], amount: int) -> int:
    count = 0
    for v in sorted(values, reverse=True):
        count += amount // v
        amount %= v
    return count if amount == 0 else -1

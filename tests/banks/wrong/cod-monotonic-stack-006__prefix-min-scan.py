"""Uses the smallest earlier price for each middle day, then scans every later day: right, but O(n^2)."""

BREAKS = "too-slow"


def has_pullback(prices: list[int]) -> bool:
    lowest = None
    for j, high in enumerate(prices):
        if lowest is not None and lowest < high:
            for k in range(j + 1, len(prices)):
                if lowest < prices[k] < high:
                    return True
        lowest = high if lowest is None else min(lowest, high)
    return False

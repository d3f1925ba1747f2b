"""Looks for a low, a high and an in-between price anywhere, ignoring the order of the days."""

BREAKS = "order-matters"


def has_pullback(prices: list[int]) -> bool:
    low, high = min(prices, default=0), max(prices, default=0)
    return any(low < p < high for p in prices)

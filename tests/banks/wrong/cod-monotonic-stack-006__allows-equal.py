"""Right-to-left stack with non-strict comparisons, so equal prices are taken for a rise or a pullback."""

BREAKS = "strict-both-sides"


def has_pullback(prices: list[int]) -> bool:
    third = None
    stack: list[int] = []
    for p in reversed(prices):
        if third is not None and p <= third:
            return True
        while stack and stack[-1] <= p:
            third = stack.pop()
        stack.append(p)
    return False

"""Places hampers largest first into the first pile with room, never reconsidering a placement."""

BREAKS = "any-grouping"


def equal_piles(items: list[int], k: int) -> bool:
    total = sum(items)
    if total % k:
        return False
    target = total // k
    piles = [0] * k
    for item in sorted(items, reverse=True):
        for j in range(k):
            if piles[j] + item <= target:
                piles[j] += item
                break
        else:
            return False
    return True

"""Tries every pile for every item with no pruning of equivalent piles: k^n on an impossible split."""

BREAKS = "too-slow"


def equal_piles(items: list[int], k: int) -> bool:
    total = sum(items)
    if total % k:
        return False
    target = total // k
    piles = [0] * k

    def place(i: int) -> bool:
        if i == len(items):
            return all(p == target for p in piles)
        for j in range(k):
            if piles[j] + items[i] <= target:
                piles[j] += items[i]
                if place(i + 1):
                    return True
                piles[j] -= items[i]
        return False

    return place(0)

from functools import cache


def equal_piles(items: list[int], k: int) -> bool:
    total = sum(items)
    if total % k:
        return False
    target = total // k
    items = sorted(items, reverse=True)
    if items[0] > target:
        return False
    n = len(items)

    @cache
    def fill(used: int, current: int) -> bool:
        # `current` is the total already in the pile being filled; full piles are closed off
        if used == (1 << n) - 1:
            return True
        tried = set()
        for i in range(n):
            if used >> i & 1 or items[i] in tried or current + items[i] > target:
                continue
            tried.add(items[i])  # equal items are interchangeable: try each value once
            if fill(used | 1 << i, (current + items[i]) % target):
                return True
            if current == 0:
                return False  # the largest free item must open the new pile somewhere; it fits nowhere
        return False

    return fill(0, 0)

import random


def kth_highest_bid(bids: list[int], k: int) -> int:
    rng = random.Random(2024)
    items = bids
    want = k  # find the want-th largest within items
    while True:
        pivot = items[rng.randrange(len(items))]
        above = [b for b in items if b > pivot]
        if want <= len(above):
            items = above
            continue
        equal = sum(1 for b in items if b == pivot)
        if want <= len(above) + equal:
            return pivot
        want -= len(above) + equal
        items = [b for b in items if b < pivot]

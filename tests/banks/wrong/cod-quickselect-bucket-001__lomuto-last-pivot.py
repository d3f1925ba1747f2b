"""Quickselect with the last element as pivot: right answers, but quadratic on sorted or all-equal bids."""

BREAKS = "too-slow"


def kth_highest_bid(bids: list[int], k: int) -> int:
    a = list(bids)
    target = len(a) - k
    lo, hi = 0, len(a) - 1
    while True:
        pivot, store = a[hi], lo
        for i in range(lo, hi):
            if a[i] < pivot:
                a[i], a[store] = a[store], a[i]
                store += 1
        a[store], a[hi] = a[hi], a[store]
        if store == target:
            return a[store]
        if store < target:
            lo = store + 1
        else:
            hi = store - 1

"""Sliding sum whose running best starts at 0, so an all-negative log reports 0."""

BREAKS = "all-negative"


def busiest_stretch(readings: list[int], k: int) -> int:
    window = best = 0
    for i, r in enumerate(readings):
        window += r
        if i >= k:
            window -= readings[i - k]
        if i >= k - 1:
            best = max(best, window)
    return best

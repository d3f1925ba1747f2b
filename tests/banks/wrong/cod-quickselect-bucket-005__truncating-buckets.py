"""Buckets with int(x / width), which rounds toward zero and merges readings on both sides of 0."""

BREAKS = "negative-readings"


def has_near_repeat(readings: list[int], k: int, t: int) -> bool:
    width = t + 1
    buckets: dict[int, int] = {}
    for i, x in enumerate(readings):
        b = int(x / width)
        if b in buckets:
            return True
        for nb in (b - 1, b + 1):
            if nb in buckets and abs(buckets[nb] - x) <= t:
                return True
        buckets[b] = x
        if i >= k:
            del buckets[int(readings[i - k] / width)]
    return False

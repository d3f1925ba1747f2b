"""Floor buckets, but evicts one step early, so readings exactly k apart are never compared."""

BREAKS = "bounds-inclusive"


def has_near_repeat(readings: list[int], k: int, t: int) -> bool:
    width = t + 1
    buckets: dict[int, int] = {}
    for i, x in enumerate(readings):
        if i >= k and k > 0:
            buckets.pop(readings[i - k] // width, None)
        if k == 0:
            continue
        b = x // width
        if b in buckets:
            return True
        for nb in (b - 1, b + 1):
            if nb in buckets and abs(buckets[nb] - x) <= t:
                return True
        buckets[b] = x
    return False

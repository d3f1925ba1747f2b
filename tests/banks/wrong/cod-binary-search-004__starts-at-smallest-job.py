"""Binary searches from the smallest job's size, assuming no speed below it could be enough."""

BREAKS = "smallest-speed"


def slowest_speed(pages: list[int], hours: int) -> int:
    lo, hi = min(pages), max(pages)
    while lo < hi:
        mid = (lo + hi) // 2
        if sum((p + mid - 1) // mid for p in pages) <= hours:
            hi = mid
        else:
            lo = mid + 1
    return lo

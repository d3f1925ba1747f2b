def slowest_speed(pages: list[int], hours: int) -> int:
    def hours_needed(speed: int) -> int:
        return sum((p + speed - 1) // speed for p in pages)  # a job never shares an hour

    lo, hi = 1, max(pages)  # at max(pages) every job takes one hour
    while lo < hi:
        mid = (lo + hi) // 2
        if hours_needed(mid) <= hours:
            hi = mid
        else:
            lo = mid + 1
    return lo

def min_max_workload(pages: list[int], k: int) -> int:
    def translators_needed(cap: int) -> int:
        used, load = 1, 0
        for p in pages:
            if load + p > cap:
                used += 1
                load = 0
            load += p
        return used

    total, biggest = sum(pages), max(pages)
    # No answer is below the biggest chapter or the average share; a cap of
    # average + biggest always fits in k groups, since every closed group carries more than the average.
    lo = max(biggest, -(-total // k))
    hi = lo + biggest
    while lo < hi:
        mid = (lo + hi) // 2
        if translators_needed(mid) <= k:
            hi = mid
        else:
            lo = mid + 1
    return lo

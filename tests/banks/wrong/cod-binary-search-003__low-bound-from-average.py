"""Binary search on the cap starting from the average, with a check that lets one chapter overflow a block."""

BREAKS = "chapters-whole"


def min_max_workload(pages: list[int], k: int) -> int:
    def fits(cap: int) -> bool:
        blocks, current = 1, 0
        for p in pages:
            if current + p > cap and current:
                blocks, current = blocks + 1, 0
            current += p
        return blocks <= k

    lo, hi = -(-sum(pages) // k), sum(pages)
    while lo < hi:
        mid = (lo + hi) // 2
        if fits(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo

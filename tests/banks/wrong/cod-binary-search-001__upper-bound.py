"""Hand-written binary search that moves right on equality: the first entry strictly after q."""

BREAKS = "first-of-equals"


def first_at_or_after(times: list[int], queries: list[int]) -> list[int]:
    out = []
    for q in queries:
        lo, hi = 0, len(times)
        while lo < hi:
            mid = (lo + hi) // 2
            if times[mid] <= q:
                lo = mid + 1
            else:
                hi = mid
        out.append(lo)
    return out

"""Binary search on the distance, but counts the pairs within d by checking every pair: O(n^2 log W)."""

BREAKS = "too-slow"


def kth_pair_distance(markers: list[int], k: int) -> int:
    lo, hi = 0, max(markers) - min(markers)
    while lo < hi:
        mid = (lo + hi) // 2
        count = 0
        for i in range(len(markers)):
            for j in range(i + 1, len(markers)):
                if abs(markers[i] - markers[j]) <= mid:
                    count += 1
        if count >= k:
            hi = mid
        else:
            lo = mid + 1
    return lo

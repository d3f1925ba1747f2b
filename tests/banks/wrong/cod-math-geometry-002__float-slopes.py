"""Groups beacons by floating-point slope, which merges nearly equal slopes at 10^9 scale."""

from collections import Counter

BREAKS = "exact-directions"


def most_collinear(points: list[list[int]]) -> int:
    best = 1
    for i, (x0, y0) in enumerate(points):
        slopes = Counter(float("inf") if x == x0 else (y - y0) / (x - x0) for j, (x, y) in enumerate(points) if j != i)
        if slopes:
            best = max(best, 1 + max(slopes.values()))
    return best

"""Prefix sums scanned from the right, so it returns the last balance point instead of the first."""

BREAKS = "smallest-index"


def balance_point(weights: list[int]) -> int:
    total, right = sum(weights), 0
    for i in range(len(weights) - 1, -1, -1):
        if total - right - weights[i] == right:
            return i
        right += weights[i]
    return -1

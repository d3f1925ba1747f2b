"""The textbook O(n^2) DP over earlier smaller readings: right lengths, too slow for 200,000 readings."""

BREAKS = "too-slow"


def longest_rising(readings: list[int]) -> int:
    best = [1] * len(readings)
    for i, r in enumerate(readings):
        for j in range(i):
            if readings[j] < r and best[j] + 1 > best[i]:
                best[i] = best[j] + 1
    return max(best, default=0)

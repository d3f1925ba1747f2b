"""Sliding window that never shrinks below one song, so k = 0 still reports 1."""

from collections import Counter

BREAKS = "k-zero"


def longest_few_genres(genres: str, k: int) -> int:
    counts: Counter = Counter()
    left = best = 0
    for right, g in enumerate(genres):
        counts[g] += 1
        while len(counts) > k and left < right:
            counts[genres[left]] -= 1
            if not counts[genres[left]]:
                del counts[genres[left]]
            left += 1
        best = max(best, right - left + 1)
    return best

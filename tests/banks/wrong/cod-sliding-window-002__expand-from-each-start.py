"""Grows a window from every start until a (k+1)-th genre appears: right lengths, O(n^2) on long runs."""

BREAKS = "too-slow"


def longest_few_genres(genres: str, k: int) -> int:
    best = 0
    for i in range(len(genres)):
        seen: set[str] = set()
        for j in range(i, len(genres)):
            seen.add(genres[j])
            if len(seen) > k:
                break
            best = max(best, j - i + 1)
    return best

def longest_few_genres(genres: str, k: int) -> int:
    counts: dict[str, int] = {}
    left = 0
    best = 0
    for right, g in enumerate(genres):
        counts[g] = counts.get(g, 0) + 1
        while len(counts) > k:
            out = genres[left]
            counts[out] -= 1
            if counts[out] == 0:
                del counts[out]
            left += 1
        best = max(best, right - left + 1)
    return best

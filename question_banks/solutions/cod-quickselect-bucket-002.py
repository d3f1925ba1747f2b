def impact_score(stars: list[int]) -> int:
    n = len(stars)
    buckets = [0] * (n + 1)  # buckets[h] = repos with min(stars, n) == h
    for s in stars:
        buckets[min(s, n)] += 1
    at_least = 0
    for h in range(n, 0, -1):
        at_least += buckets[h]
        if at_least >= h:
            return h
    return 0

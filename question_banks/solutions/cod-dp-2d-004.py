def best_payload(weights: list[int], scores: list[int], capacity: int) -> int:
    best = [0] * (capacity + 1)
    for w, s in zip(weights, scores):
        for c in range(capacity, w - 1, -1):  # downwards: each instrument packed at most once
            if best[c - w] + s > best[c]:
                best[c] = best[c - w] + s
    return best[capacity]

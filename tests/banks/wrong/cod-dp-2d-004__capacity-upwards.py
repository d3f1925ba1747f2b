"""The one-row table scanned upwards: a cell already updated for an instrument is reused, packing it twice."""

BREAKS = "once-each"


def best_payload(weights: list[int], scores: list[int], capacity: int) -> int:
    best = [0] * (capacity + 1)
    for w, s in zip(weights, scores):
        for c in range(w, capacity + 1):
            best[c] = max(best[c], best[c - w] + s)
    return best[capacity]

"""Packs instruments by score per gram while they fit, as if they could be split."""

BREAKS = "indivisible"


def best_payload(weights: list[int], scores: list[int], capacity: int) -> int:
    order = sorted(range(len(weights)), key=lambda i: scores[i] / weights[i], reverse=True)
    total = 0
    for i in order:
        if weights[i] <= capacity:
            capacity -= weights[i]
            total += scores[i]
    return total

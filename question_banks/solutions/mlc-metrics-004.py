import math


def mean_ndcg_at_k(scores: list[list[float]], relevance: list[list[int]], k: int) -> float:
    discounts = [1.0 / math.log2(r + 2) for r in range(k)]
    total = 0.0
    counted = 0
    for sc, rel in zip(scores, relevance):
        ideal = sorted(rel, reverse=True)[:k]
        idcg = sum((2**g - 1) * discounts[r] for r, g in enumerate(ideal))
        if idcg == 0:
            continue
        ranked = sorted(range(len(sc)), key=lambda i: -sc[i])[:k]  # stable: ties keep index order
        dcg = sum((2 ** rel[i] - 1) * discounts[r] for r, i in enumerate(ranked))
        total += dcg / idcg
        counted += 1
    return total / counted if counted else 0.0

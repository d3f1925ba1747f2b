"""Ranks by sorting (score, relevance) pairs in reverse, so tied scores put the most relevant first."""

import math

BREAKS = "stable-ties"


def mean_ndcg_at_k(scores: list[list[float]], relevance: list[list[int]], k: int) -> float:
    total, used = 0.0, 0
    for s, rel in zip(scores, relevance):
        ranked = [r for _, r in sorted(zip(s, rel), reverse=True)][:k]
        ideal = sorted(rel, reverse=True)[:k]
        dcg = sum((2**r - 1) / math.log2(i + 2) for i, r in enumerate(ranked))
        idcg = sum((2**r - 1) / math.log2(i + 2) for i, r in enumerate(ideal))
        if idcg > 0:
            total, used = total + dcg / idcg, used + 1
    return total / used if used else 0.0

"""Weights a disagreement by |i - j| instead of its square."""

import numpy as np

BREAKS = "quadratic-weights"


def quadratic_weighted_kappa(rater_a: list[int], rater_b: list[int], num_ratings: int) -> float:
    a = np.asarray(rater_a, dtype=int)
    b = np.asarray(rater_b, dtype=int)
    k = num_ratings
    n = len(a)
    observed = np.bincount(a * k + b, minlength=k * k).reshape(k, k).astype(float)
    expected = np.outer(np.bincount(a, minlength=k), np.bincount(b, minlength=k)) / n
    i, j = np.indices((k, k))
    weights = np.abs(i - j) / max(k - 1, 1)
    disagreement = float((weights * expected).sum())
    if disagreement == 0.0:
        return 1.0
    return 1.0 - float((weights * observed).sum()) / disagreement

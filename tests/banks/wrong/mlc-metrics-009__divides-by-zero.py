"""Divides without checking, so two raters who always give the same single rating get nan."""

import numpy as np

BREAKS = "no-disagreement-possible"


def quadratic_weighted_kappa(rater_a: list[int], rater_b: list[int], num_ratings: int) -> float:
    a = np.asarray(rater_a, dtype=int)
    b = np.asarray(rater_b, dtype=int)
    k = num_ratings
    n = len(a)
    observed = np.bincount(a * k + b, minlength=k * k).reshape(k, k).astype(float)
    expected = np.outer(np.bincount(a, minlength=k), np.bincount(b, minlength=k)) / n
    i, j = np.indices((k, k))
    weights = (i - j) ** 2 / max(k - 1, 1) ** 2
    disagreement = float((weights * expected).sum())
    with np.errstate(all="ignore"):
        return float(1.0 - np.float64((weights * observed).sum()) / np.float64(disagreement))

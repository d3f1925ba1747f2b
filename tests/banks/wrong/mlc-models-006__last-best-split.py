"""Exhaustive Gini search that keeps the last split reaching the best impurity, not the first."""

import numpy as np

BREAKS = "tie-smallest-feature-threshold"


def _gini(labels: np.ndarray) -> float:
    if len(labels) == 0:
        return 0.0
    _, counts = np.unique(labels, return_counts=True)
    return 1.0 - float(((counts / len(labels)) ** 2).sum())


def best_gini_split(X: list[list[float]], y: list[int]) -> list[float]:
    A, t = np.asarray(X, dtype=float), np.asarray(y)
    best = [-1.0, 0.0, _gini(t)]
    lowest = float("inf")
    for f in range(A.shape[1]):
        values = np.unique(A[:, f])
        for lo, hi in zip(values, values[1:]):
            thr = (lo + hi) / 2
            left, right = t[A[:, f] <= thr], t[A[:, f] > thr]
            imp = (len(left) * _gini(left) + len(right) * _gini(right)) / len(t)
            if imp <= lowest + 1e-9:  # a tie replaces the earlier split
                lowest, best = min(imp, lowest), [float(f), float(thr), imp]
    return best

"""Logistic regression whose L2 penalty also shrinks the bias."""

import numpy as np

BREAKS = "bias-not-regularised"


def fit_logistic_l2(X: list[list[float]], y: list[int], lr: float, steps: int, l2: float) -> list[float]:
    A, t = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    w, b = np.zeros(A.shape[1]), 0.0
    for _ in range(steps):
        z = A @ w + b
        p = np.where(z >= 0, 1 / (1 + np.exp(-np.abs(z))), np.exp(-np.abs(z)) / (1 + np.exp(-np.abs(z))))
        err = p - t
        w, b = w - lr * (A.T @ err / len(t) + l2 * w), b - lr * (float(err.mean()) + l2 * b)
    return [*w.tolist(), b]

"""Updates w first, then computes the bias gradient with the new w (not simultaneous)."""

import numpy as np

BREAKS = "simultaneous-update"


def fit_linear_gd(X: list[list[float]], y: list[float], lr: float, steps: int) -> list[float]:
    A, t = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    w, b = np.zeros(A.shape[1]), 0.0
    for _ in range(steps):
        w = w - lr * 2 * A.T @ (A @ w + b - t) / len(t)
        b = b - lr * 2 * float(np.mean(A @ w + b - t))
    return [*w.tolist(), b]

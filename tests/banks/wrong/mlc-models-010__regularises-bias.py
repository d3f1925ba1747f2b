"""Adds lam * b to the bias gradient as if the bias were a weight."""

import numpy as np

BREAKS = "bias-not-regularised"


def train_linear_svm(X: list[list[float]], y: list[int], lam: float, lr: float, steps: int) -> list[float]:
    data = np.asarray(X, dtype=float)
    labels = np.asarray(y, dtype=float)
    n, d = data.shape
    w = np.zeros(d)
    b = 0.0
    for _ in range(steps):
        active = labels * (data @ w + b) < 1.0
        grad_w = lam * w - (labels[active] @ data[active]) / n
        grad_b = lam * b - labels[active].sum() / n
        w, b = w - lr * grad_w, b - lr * grad_b
    hinge = np.maximum(0.0, 1.0 - labels * (data @ w + b)).mean()
    return [*w.tolist(), float(b), 0.5 * lam * (float(w @ w) + b * b) + float(hinge)]

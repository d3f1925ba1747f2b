"""Treats a margin of exactly 1 as inside the hinge, so a point on the margin keeps pulling the weights."""

import numpy as np

BREAKS = "margin-one-inactive"


def train_linear_svm(X: list[list[float]], y: list[int], lam: float, lr: float, steps: int) -> list[float]:
    data = np.asarray(X, dtype=float)
    labels = np.asarray(y, dtype=float)
    n, d = data.shape
    w = np.zeros(d)
    b = 0.0
    for _ in range(steps):
        active = labels * (data @ w + b) <= 1.0
        grad_w = lam * w - (labels[active] @ data[active]) / n
        grad_b = -labels[active].sum() / n
        w, b = w - lr * grad_w, b - lr * grad_b
    hinge = np.maximum(0.0, 1.0 - labels * (data @ w + b)).mean()
    return [*w.tolist(), float(b), 0.5 * lam * float(w @ w) + float(hinge)]

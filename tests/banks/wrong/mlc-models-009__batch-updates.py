"""Collects every mistake of an epoch and applies them together, so later points see stale weights."""

import numpy as np

BREAKS = "online-updates"


def train_perceptron(X: list[list[float]], y: list[int], lr: float, epochs: int) -> list[float]:
    data = np.asarray(X, dtype=float)
    labels = np.asarray(y, dtype=float)
    w = np.zeros(data.shape[1])
    b = 0.0
    mistakes = 0
    for _ in range(epochs):
        wrong = labels * (data @ w + b) <= 0
        if not wrong.any():
            break
        w += lr * (labels[wrong, None] * data[wrong]).sum(axis=0)
        b += lr * labels[wrong].sum()
        mistakes += int(wrong.sum())
    return [*w.tolist(), b, mistakes]

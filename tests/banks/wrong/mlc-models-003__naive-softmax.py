"""Softmax regression with exp taken directly on the logits, which overflows for large ones."""

import numpy as np

BREAKS = "stable-softmax"


def fit_softmax_gd(X: list[list[float]], y: list[int], num_classes: int, lr: float, steps: int) -> list[list[float]]:
    A = np.hstack([np.asarray(X, dtype=float), np.ones((len(y), 1))])
    Y = np.eye(num_classes)[np.asarray(y)]
    W = np.zeros((A.shape[1], num_classes))
    with np.errstate(over="ignore", invalid="ignore"):
        for _ in range(steps):
            e = np.exp(A @ W)
            P = e / e.sum(axis=1, keepdims=True)
            W = W - lr * A.T @ (P - Y) / len(y)
    return W.tolist()

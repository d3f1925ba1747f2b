import numpy as np


def fit_softmax_gd(X: list[list[float]], y: list[int], num_classes: int, lr: float, steps: int) -> list[list[float]]:
    A = np.asarray(X, dtype=float)
    n = A.shape[0]
    A = np.hstack([A, np.ones((n, 1))])
    Y = np.zeros((n, num_classes))
    Y[np.arange(n), np.asarray(y, dtype=int)] = 1.0
    W = np.zeros((A.shape[1], num_classes))
    for _ in range(steps):
        Z = A @ W
        Z -= Z.max(axis=1, keepdims=True)
        P = np.exp(Z)
        P /= P.sum(axis=1, keepdims=True)
        W -= lr * (A.T @ (P - Y)) / n
    return W.tolist()

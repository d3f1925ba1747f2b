import numpy as np


def fit_linear_gd(X: list[list[float]], y: list[float], lr: float, steps: int) -> list[float]:
    A = np.asarray(X, dtype=float)
    t = np.asarray(y, dtype=float)
    n, d = A.shape
    w = np.zeros(d)
    b = 0.0
    for _ in range(steps):
        r = A @ w + b - t
        grad_w = (2.0 / n) * (A.T @ r)
        grad_b = (2.0 / n) * r.sum()
        w -= lr * grad_w
        b -= lr * grad_b
    return w.tolist() + [float(b)]

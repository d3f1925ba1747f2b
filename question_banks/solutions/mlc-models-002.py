import numpy as np


def _sigmoid(z: np.ndarray) -> np.ndarray:
    out = np.empty_like(z)
    pos = z >= 0
    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))
    ez = np.exp(z[~pos])
    out[~pos] = ez / (1.0 + ez)
    return out


def fit_logistic_l2(X: list[list[float]], y: list[int], lr: float, steps: int, l2: float) -> list[float]:
    A = np.asarray(X, dtype=float)
    t = np.asarray(y, dtype=float)
    n, d = A.shape
    w = np.zeros(d)
    b = 0.0
    for _ in range(steps):
        err = _sigmoid(A @ w + b) - t
        grad_w = A.T @ err / n + l2 * w
        grad_b = err.mean()
        w -= lr * grad_w
        b -= lr * grad_b
    return w.tolist() + [float(b)]

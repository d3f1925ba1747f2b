import numpy as np


def train_linear_svm(X: list[list[float]], y: list[int], lam: float, lr: float, steps: int) -> list[float]:
    data = np.asarray(X, dtype=float)
    labels = np.asarray(y, dtype=float)
    n, d = data.shape
    w = np.zeros(d)
    b = 0.0
    for _ in range(steps):
        margins = labels * (data @ w + b)
        active = margins < 1.0
        grad_w = lam * w - (labels[active] @ data[active]) / n
        grad_b = -labels[active].sum() / n
        w = w - lr * grad_w
        b = b - lr * grad_b
    hinge = np.maximum(0.0, 1.0 - labels * (data @ w + b)).mean()
    objective = 0.5 * lam * float(w @ w) + float(hinge)
    return [*w.tolist(), float(b), objective]

import numpy as np


def ridge_fit(X: list[list[float]], y: list[float], lam: float) -> list[float]:
    A = np.asarray(X, dtype=float)
    t = np.asarray(y, dtype=float)
    x_mean = A.mean(axis=0)
    y_mean = t.mean()
    Ac = A - x_mean  # centring removes the unpenalised intercept from the system
    w = np.linalg.solve(Ac.T @ Ac + lam * np.eye(A.shape[1]), Ac.T @ (t - y_mean))
    b = y_mean - float(x_mean @ w)
    return [*w.tolist(), b]

"""Fits every stump to the original targets instead of the current residuals."""

import numpy as np

BREAKS = "fit-residuals"


def gradient_boost_stumps(
    X_train: list[list[float]], y_train: list[float], X_test: list[list[float]], n_rounds: int, lr: float
) -> list[float]:
    X = np.asarray(X_train, dtype=float)
    y = np.asarray(y_train, dtype=float)
    T = np.asarray(X_test, dtype=float).reshape(-1, X.shape[1])
    test = np.full(len(T), y.mean())
    r = y - y.mean()
    for _ in range(n_rounds):
        best = None
        for f in range(X.shape[1]):
            values = np.unique(X[:, f])
            for lo, hi in zip(values, values[1:]):
                thr = (lo + hi) / 2
                mask = X[:, f] <= thr
                left, right = r[mask].mean(), r[~mask].mean()
                sse = ((r[mask] - left) ** 2).sum() + ((r[~mask] - right) ** 2).sum()
                if best is None or sse < best[0] - 1e-9:
                    best = (sse, f, thr, left, right)
        if best is None:
            break
        _, f, thr, left, right = best
        test += lr * np.where(T[:, f] <= thr, left, right)
    return test.tolist()

"""Appends a column of ones and lets the penalty shrink the intercept with the weights."""

import numpy as np

BREAKS = "intercept-not-penalised"


def ridge_fit(X: list[list[float]], y: list[float], lam: float) -> list[float]:
    A = np.hstack([np.asarray(X, dtype=float), np.ones((len(X), 1))])
    t = np.asarray(y, dtype=float)
    return np.linalg.solve(A.T @ A + lam * np.eye(A.shape[1]), A.T @ t).tolist()

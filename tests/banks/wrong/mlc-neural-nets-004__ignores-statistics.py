"""Treats the mean and variance as constants: dL/dx = upstream * gamma / std."""

import numpy as np

BREAKS = "stats-depend-on-x"


def layer_norm_backward(
    x: list[list[float]], gamma: list[float], eps: float, upstream: list[list[float]]
) -> list[list[float]]:
    X, g, U = np.asarray(x, dtype=float), np.asarray(gamma, dtype=float), np.asarray(upstream, dtype=float)
    mu = X.mean(axis=1, keepdims=True)
    std = np.sqrt(X.var(axis=1, keepdims=True) + eps)
    xhat = (X - mu) / std
    dx = U * g / std
    return [*dx.tolist(), (U * xhat).sum(axis=0).tolist(), U.sum(axis=0).tolist()]

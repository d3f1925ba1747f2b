"""Backpropagates only through the direct path, treating the batch mean and variance as constants."""

import numpy as np

BREAKS = "stats-depend-on-x"


def batch_norm_train_step(
    x: list[list[float]],
    gamma: list[float],
    beta: list[float],
    upstream: list[list[float]],
    running_mean: list[float],
    running_var: list[float],
    momentum: float,
    eps: float,
) -> list[list[list[float]] | list[float]]:
    X = np.asarray(x, dtype=float)
    G = np.asarray(upstream, dtype=float)
    g = np.asarray(gamma, dtype=float)
    n = X.shape[0]
    mean = X.mean(axis=0)
    centred = X - mean
    var = (centred**2).mean(axis=0)  # biased: used to normalise
    inv = 1.0 / np.sqrt(var + eps)
    xhat = centred * inv
    out = g * xhat + np.asarray(beta, dtype=float)
    dgamma = (G * xhat).sum(axis=0)
    dbeta = G.sum(axis=0)
    gh = G * g
    dx = inv * gh
    new_mean = (1 - momentum) * np.asarray(running_mean, dtype=float) + momentum * mean
    new_var = (1 - momentum) * np.asarray(running_var, dtype=float) + momentum * var * n / (n - 1)
    return [out.tolist(), dx.tolist(), dgamma.tolist(), dbeta.tolist(), new_mean.tolist(), new_var.tolist()]

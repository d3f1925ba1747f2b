"""Stores the biased batch variance in the running estimate."""

import numpy as np

BREAKS = "unbiased-running-var"


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
    mean = X.mean(axis=0)
    centred = X - mean
    var = (centred**2).mean(axis=0)  # biased: used to normalise
    inv = 1.0 / np.sqrt(var + eps)
    xhat = centred * inv
    out = g * xhat + np.asarray(beta, dtype=float)
    dgamma = (G * xhat).sum(axis=0)
    dbeta = G.sum(axis=0)
    gh = G * g
    dx = inv * (gh - gh.mean(axis=0) - xhat * (gh * xhat).mean(axis=0))
    new_mean = (1 - momentum) * np.asarray(running_mean, dtype=float) + momentum * mean
    new_var = (1 - momentum) * np.asarray(running_var, dtype=float) + momentum * var
    return [out.tolist(), dx.tolist(), dgamma.tolist(), dbeta.tolist(), new_mean.tolist(), new_var.tolist()]

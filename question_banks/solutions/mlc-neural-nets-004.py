import numpy as np


def layer_norm_backward(
    x: list[list[float]], gamma: list[float], eps: float, upstream: list[list[float]]
) -> list[list[float]]:
    X = np.asarray(x, dtype=float)
    g = np.asarray(gamma, dtype=float)
    G = np.asarray(upstream, dtype=float)
    mu = X.mean(axis=1, keepdims=True)
    xc = X - mu
    inv_std = 1.0 / np.sqrt((xc**2).mean(axis=1, keepdims=True) + eps)
    xhat = xc * inv_std
    dgamma = (G * xhat).sum(axis=0)
    dbeta = G.sum(axis=0)
    dxhat = G * g
    dx = inv_std * (dxhat - dxhat.mean(axis=1, keepdims=True) - xhat * (dxhat * xhat).mean(axis=1, keepdims=True))
    return np.vstack([dx, dgamma, dbeta]).tolist()

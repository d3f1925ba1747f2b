"""Backprop whose relu mask uses A >= 0, giving derivative 1 at exactly 0."""

import numpy as np

BREAKS = "relu-derivative-at-zero"


def mlp_grads(
    X: list[list[float]], y: list[int], W1: list[list[float]], b1: list[float], W2: list[list[float]], b2: list[float]
) -> list[float]:
    X_, W1_, b1_, W2_, b2_ = (np.asarray(v, dtype=float) for v in (X, W1, b1, W2, b2))
    n = X_.shape[0]
    A = X_ @ W1_ + b1_
    H = np.maximum(A, 0)
    Z = H @ W2_ + b2_
    Z = Z - Z.max(axis=1, keepdims=True)
    P = np.exp(Z) / np.exp(Z).sum(axis=1, keepdims=True)
    loss = float(-np.log(P[np.arange(n), y]).mean())
    dZ = P.copy()
    dZ[np.arange(n), y] -= 1
    dZ /= n
    dA = (dZ @ W2_.T) * (A >= 0)
    parts = [X_.T @ dA, dA.sum(axis=0), H.T @ dZ, dZ.sum(axis=0)]
    return [loss] + [float(v) for part in parts for v in part.ravel()]

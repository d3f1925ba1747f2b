"""Accumulates the gradients of a whole epoch and applies them once, instead of one rating at a time."""

import numpy as np

BREAKS = "one-rating-at-a-time"


def mf_sgd(
    ratings: list[list[float]],
    P0: list[list[float]],
    Q0: list[list[float]],
    lr: float,
    reg: float,
    epochs: int,
    queries: list[list[int]],
) -> list[float]:
    P = np.array(P0, dtype=float)
    Q = np.array(Q0, dtype=float)
    for _ in range(epochs):
        dP = np.zeros_like(P)
        dQ = np.zeros_like(Q)
        for u, i, r in ratings:
            u, i = int(u), int(i)
            err = r - float(P[u] @ Q[i])
            dP[u] += err * Q[i] - reg * P[u]
            dQ[i] += err * P[u] - reg * Q[i]
        P += lr * dP
        Q += lr * dQ
    return [float(P[u] @ Q[i]) for u, i in queries]

"""Updates the user vector first and then uses the new one in the item update."""

import numpy as np

BREAKS = "simultaneous-update"


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
        for u, i, r in ratings:
            u, i = int(u), int(i)
            err = r - float(P[u] @ Q[i])
            P[u] += lr * (err * Q[i] - reg * P[u])
            Q[i] += lr * (err * P[u] - reg * Q[i])
    return [float(P[u] @ Q[i]) for u, i in queries]

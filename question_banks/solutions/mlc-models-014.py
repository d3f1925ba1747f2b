import numpy as np


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
    triples = [(int(u), int(i), float(r)) for u, i, r in ratings]
    for _ in range(epochs):
        for u, i, r in triples:
            pu = P[u].copy()
            qi = Q[i]
            err = r - float(pu @ qi)
            P[u] += lr * (err * qi - reg * pu)
            Q[i] += lr * (err * pu - reg * qi)
    return [float(P[u] @ Q[i]) for u, i in queries]

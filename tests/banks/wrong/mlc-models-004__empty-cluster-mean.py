"""Moves every centre to the mean of its points even when it has none, so an empty cluster becomes NaN."""

import numpy as np

BREAKS = "empty-cluster-stays"


def kmeans_pp(points: list[list[float]], k: int, draws: list[float], iters: int) -> list[list[float]]:
    P = np.asarray(points, dtype=float)
    n = P.shape[0]
    idx = min(int(draws[0] * n), n - 1)
    centres = [P[idx]]
    nearest = ((P - P[idx]) ** 2).sum(axis=1)
    for j in range(1, k):
        cum = np.cumsum(nearest)
        if cum[-1] == 0:
            idx = min(int(draws[j] * n), n - 1)
        else:
            idx = min(int(np.searchsorted(cum, draws[j] * cum[-1], side="right")), n - 1)
        centres.append(P[idx])
        nearest = np.minimum(nearest, ((P - P[idx]) ** 2).sum(axis=1))
    C = np.array(centres)
    with np.errstate(invalid="ignore", divide="ignore"):
        for _ in range(iters):
            assign = ((P[:, None, :] - C[None, :, :]) ** 2).sum(axis=2).argmin(axis=1)
            counts = np.bincount(assign, minlength=k)[:, None]
            sums = np.zeros_like(C)
            np.add.at(sums, assign, P)
            C = sums / counts
    return C.tolist()

import numpy as np


def kmeans_pp(points: list[list[float]], k: int, draws: list[float], iters: int) -> list[list[float]]:
    P = np.asarray(points, dtype=float)
    n = P.shape[0]
    first = min(int(draws[0] * n), n - 1)
    centres = [P[first].copy()]
    nearest = ((P - P[first]) ** 2).sum(axis=1)
    for j in range(1, k):
        cum = np.cumsum(nearest)
        total = cum[-1]
        if total == 0:
            idx = min(int(draws[j] * n), n - 1)
        else:
            idx = int(np.searchsorted(cum, draws[j] * total, side="right"))
            idx = min(idx, n - 1)
        centres.append(P[idx].copy())
        nearest = np.minimum(nearest, ((P - P[idx]) ** 2).sum(axis=1))
    C = np.array(centres)
    for _ in range(iters):
        dist = np.stack([((P - c) ** 2).sum(axis=1) for c in C], axis=1)
        assign = dist.argmin(axis=1)  # first minimum = lowest centre index
        counts = np.bincount(assign, minlength=k)
        sums = np.stack([np.bincount(assign, weights=P[:, j], minlength=k) for j in range(P.shape[1])], axis=1)
        nonempty = counts > 0
        new_C = C.copy()
        new_C[nonempty] = sums[nonempty] / counts[nonempty][:, None]
        C = new_C
    return C.tolist()

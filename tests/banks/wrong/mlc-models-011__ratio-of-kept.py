"""Divides each kept eigenvalue by the sum of the kept ones instead of the total variance."""

import numpy as np

BREAKS = "ratio-of-total"


def pca_components(X: list[list[float]], k: int) -> list[list[float]]:
    data = np.asarray(X, dtype=float)
    centred = data - data.mean(axis=0)
    values, vectors = np.linalg.eigh(centred.T @ centred / len(data))
    order = np.argsort(values)[::-1][:k]
    rows = []
    for j in order:
        v = vectors[:, j]
        if v[np.argmax(np.abs(v))] < 0:
            v = -v
        rows.append(v.tolist())
    kept = values[order].sum()
    return [*rows, [float(values[j] / kept) for j in order]]

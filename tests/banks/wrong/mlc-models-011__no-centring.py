"""Takes the eigenvectors of X^T X without subtracting the column means, so an offset dominates."""

import numpy as np

BREAKS = "centre-first"


def pca_components(X: list[list[float]], k: int) -> list[list[float]]:
    data = np.asarray(X, dtype=float)
    values, vectors = np.linalg.eigh(data.T @ data / len(data))
    order = np.argsort(values)[::-1][:k]
    rows = []
    for j in order:
        v = vectors[:, j]
        if v[np.argmax(np.abs(v))] < 0:
            v = -v
        rows.append(v.tolist())
    return [*rows, [float(values[j] / values.sum()) for j in order]]

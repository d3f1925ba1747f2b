import numpy as np


def pca_components(X: list[list[float]], k: int) -> list[list[float]]:
    data = np.asarray(X, dtype=float)
    centred = data - data.mean(axis=0)
    cov = centred.T @ centred / len(data)
    values, vectors = np.linalg.eigh(cov)  # ascending eigenvalues, orthonormal columns
    order = np.argsort(values)[::-1][:k]
    total = values.sum()
    rows = []
    for j in order:
        v = vectors[:, j]
        if v[np.argmax(np.abs(v))] < 0:
            v = -v
        rows.append(v.tolist())
    ratios = [float(max(values[j], 0.0) / total) if total > 0 else 0.0 for j in order]
    return [*rows, ratios]

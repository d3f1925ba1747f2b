"""Returns eigenvectors with whatever sign the solver picked."""

import numpy as np

BREAKS = "sign-convention"


def pca_components(X: list[list[float]], k: int) -> list[list[float]]:
    data = np.asarray(X, dtype=float)
    centred = data - data.mean(axis=0)
    _, s, vt = np.linalg.svd(centred, full_matrices=False)
    variances = s**2 / len(data)
    return [*vt[:k].tolist(), (variances[:k] / variances.sum()).tolist()]

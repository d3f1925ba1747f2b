import numpy as np


def inverted_dropout(
    x: list[list[float]], u: list[list[float]], p: float, upstream: list[list[float]]
) -> list[list[list[float]]]:
    X = np.asarray(x, dtype=float)
    G = np.asarray(upstream, dtype=float)
    if p >= 1.0:
        zeros = np.zeros_like(X)
        return [zeros.tolist(), zeros.tolist()]
    scale = (np.asarray(u, dtype=float) >= p) / (1.0 - p)
    return [(X * scale).tolist(), (G * scale).tolist()]

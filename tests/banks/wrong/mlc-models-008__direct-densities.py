"""EM with densities computed directly: far points underflow to 0 everywhere and responsibilities become 0/0."""

import numpy as np

BREAKS = "underflow-safe"


def gmm_em_1d(
    x: list[float], weights: list[float], means: list[float], variances: list[float], iters: int
) -> list[list[float]]:
    data = np.asarray(x, dtype=float)[:, None]
    w, mu, var = (np.asarray(v, dtype=float) for v in (weights, means, variances))
    with np.errstate(invalid="ignore", divide="ignore", under="ignore"):
        for _ in range(iters):
            dens = w * np.exp(-((data - mu) ** 2) / (2 * var)) / np.sqrt(2 * np.pi * var)
            resp = dens / dens.sum(axis=1, keepdims=True)
            nk = resp.sum(axis=0)
            w = nk / data.shape[0]
            mu = (resp * data).sum(axis=0) / nk
            var = (resp * (data - mu) ** 2).sum(axis=0) / nk + 1e-6
    return np.stack([w, mu, var], axis=1).tolist()

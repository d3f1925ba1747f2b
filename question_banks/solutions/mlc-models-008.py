import numpy as np


def gmm_em_1d(
    x: list[float], weights: list[float], means: list[float], variances: list[float], iters: int
) -> list[list[float]]:
    data = np.asarray(x, dtype=float)[:, None]
    w = np.asarray(weights, dtype=float)
    mu = np.asarray(means, dtype=float)
    var = np.asarray(variances, dtype=float)
    n = data.shape[0]
    for _ in range(iters):
        log_p = np.log(w) - 0.5 * np.log(2 * np.pi * var) - (data - mu) ** 2 / (2 * var)
        top = log_p.max(axis=1, keepdims=True)
        log_norm = top + np.log(np.exp(log_p - top).sum(axis=1, keepdims=True))
        resp = np.exp(log_p - log_norm)
        nk = resp.sum(axis=0)
        w = nk / n
        mu = (resp * data).sum(axis=0) / nk
        var = (resp * (data - mu) ** 2).sum(axis=0) / nk + 1e-6
    return np.stack([w, mu, var], axis=1).tolist()

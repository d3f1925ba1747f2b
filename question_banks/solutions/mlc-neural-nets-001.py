import numpy as np


def softmax_xent_rows(logits: list[list[float]], labels: list[int]) -> list[list[float]]:
    Z = np.asarray(logits, dtype=float)
    n = Z.shape[0]
    if n == 0:
        return []
    shifted = Z - Z.max(axis=1, keepdims=True)
    log_norm = np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    log_p = shifted - log_norm
    idx = np.asarray(labels, dtype=int)
    loss = -log_p[np.arange(n), idx]
    grad = np.exp(log_p)
    grad[np.arange(n), idx] -= 1.0
    return np.hstack([loss[:, None], grad]).tolist()

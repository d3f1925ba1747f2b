import numpy as np


def weighted_log_loss(probs: list[list[float]], labels: list[int], weights: list[float], eps: float) -> float:
    p = np.asarray(probs, dtype=float)
    y = np.asarray(labels, dtype=int)
    w = np.asarray(weights, dtype=float)
    total = w.sum()
    if total == 0:
        return 0.0
    true_p = np.clip(p[np.arange(len(y)), y], eps, 1.0 - eps)
    return float((w * -np.log(true_p)).sum() / total)

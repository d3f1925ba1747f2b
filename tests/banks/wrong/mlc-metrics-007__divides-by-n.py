"""Averages the weighted losses over the number of rows instead of the total weight."""

import numpy as np

BREAKS = "weighted-mean"


def weighted_log_loss(probs: list[list[float]], labels: list[int], weights: list[float], eps: float) -> float:
    p = np.asarray(probs, dtype=float)
    y = np.asarray(labels, dtype=int)
    w = np.asarray(weights, dtype=float)
    if w.sum() == 0:
        return 0.0
    true_p = np.clip(p[np.arange(len(y)), y], eps, 1.0 - eps)
    return float((w * -np.log(true_p)).sum() / len(y))

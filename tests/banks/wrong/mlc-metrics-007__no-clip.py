"""Takes the log of the raw true-class probability: a confident miss gives infinity, a certain hit exactly 0."""

import numpy as np

BREAKS = "clip-probabilities"


def weighted_log_loss(probs: list[list[float]], labels: list[int], weights: list[float], eps: float) -> float:
    p = np.asarray(probs, dtype=float)
    y = np.asarray(labels, dtype=int)
    w = np.asarray(weights, dtype=float)
    if w.sum() == 0:
        return 0.0
    with np.errstate(divide="ignore"):
        losses = -np.log(p[np.arange(len(y)), y])
    return float((w * losses).sum() / w.sum())

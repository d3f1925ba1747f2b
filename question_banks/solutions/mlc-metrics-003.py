import numpy as np


def average_precision(scores: list[float], labels: list[int]) -> float:
    s = np.asarray(scores, dtype=float)
    y = np.asarray(labels, dtype=float)
    total_pos = y.sum()
    if total_pos == 0:
        return 0.0
    order = np.argsort(-s, kind="stable")
    s, y = s[order], y[order]
    # Last position of every group of equal scores = one threshold.
    last = np.flatnonzero(np.r_[s[1:] != s[:-1], True])
    tp = np.cumsum(y)[last]
    predicted = last + 1.0
    precision = tp / predicted
    recall = tp / total_pos
    gained = np.diff(np.r_[0.0, recall])
    return float((gained * precision).sum())

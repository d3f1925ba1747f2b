import numpy as np


def roc_auc(scores: list[float], labels: list[int]) -> float:
    s = np.asarray(scores, dtype=float)
    y = np.asarray(labels, dtype=int)
    pos = int(y.sum())
    neg = len(y) - pos
    if pos == 0 or neg == 0:
        return -1.0
    # Average (mid) ranks: tied scores share the mean of the ranks they occupy.
    _, inverse, counts = np.unique(s, return_inverse=True, return_counts=True)
    ends = np.cumsum(counts)
    mid_ranks = ends - (counts - 1) / 2.0  # 1-based average rank of each distinct score
    ranks = mid_ranks[inverse.ravel()]
    rank_sum = ranks[y == 1].sum()
    return float((rank_sum - pos * (pos + 1) / 2.0) / (pos * neg))

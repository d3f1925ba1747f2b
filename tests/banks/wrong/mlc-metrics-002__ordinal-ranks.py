"""Rank-sum AUC with ordinal ranks from one argsort, so tied scores are not averaged."""

import numpy as np

BREAKS = "ties-half"


def roc_auc(scores: list[float], labels: list[int]) -> float:
    s, y = np.asarray(scores, dtype=float), np.asarray(labels)
    pos, neg = int(y.sum()), int(len(y) - y.sum())
    if pos == 0 or neg == 0:
        return -1.0
    ranks = np.empty(len(s))
    ranks[np.argsort(s, kind="stable")] = np.arange(1, len(s) + 1)
    return float((ranks[y == 1].sum() - pos * (pos + 1) / 2) / (pos * neg))

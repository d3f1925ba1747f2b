"""Recomputes precision and recall from scratch at every distinct score: right AP, O(n * m)."""

import numpy as np

BREAKS = "too-slow"


def average_precision(scores: list[float], labels: list[int]) -> float:
    s, y = np.asarray(scores, dtype=float), np.asarray(labels, dtype=float)
    positives = y.sum()
    if positives == 0:
        return 0.0
    ap, last_recall = 0.0, 0.0
    for t in sorted(set(scores), reverse=True):
        flagged = s >= t
        hits = float(y[flagged].sum())
        recall = hits / positives
        ap += (recall - last_recall) * hits / float(flagged.sum())
        last_recall = recall
    return ap

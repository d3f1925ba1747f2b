"""AP with one threshold per item in sorted order, so tied parts are not flagged together."""

import numpy as np

BREAKS = "ties-flagged-together"


def average_precision(scores: list[float], labels: list[int]) -> float:
    s, y = np.asarray(scores, dtype=float), np.asarray(labels, dtype=float)
    if y.sum() == 0:
        return 0.0
    order = np.argsort(-s, kind="stable")
    hits = np.cumsum(y[order])
    precision = hits / np.arange(1, len(y) + 1)
    return float((precision * y[order]).sum() / y.sum())

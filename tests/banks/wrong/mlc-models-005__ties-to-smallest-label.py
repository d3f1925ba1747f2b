"""k-NN that settles tied votes by the smallest label instead of the nearest representative."""

from collections import Counter

import numpy as np

BREAKS = "vote-tie-nearest"


def knn_predict(train_X: list[list[float]], train_y: list[int], query_X: list[list[float]], k: int) -> list[int]:
    X = np.asarray(train_X, dtype=float)
    out = []
    for q in np.asarray(query_X, dtype=float):
        order = np.argsort(((X - q) ** 2).sum(axis=1), kind="stable")[:k]
        votes = Counter(train_y[i] for i in order)
        top = max(votes.values())
        out.append(min(label for label, c in votes.items() if c == top))
    return out

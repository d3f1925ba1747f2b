import numpy as np


def knn_predict(train_X: list[list[float]], train_y: list[int], query_X: list[list[float]], k: int) -> list[int]:
    X = np.asarray(train_X, dtype=float)
    labels = list(train_y)
    out = []
    for q in np.asarray(query_X, dtype=float).reshape(-1, X.shape[1]):
        d2 = ((X - q) ** 2).sum(axis=1)
        order = np.argsort(d2, kind="stable")[:k]
        votes: dict[int, int] = {}
        first_seen: dict[int, int] = {}
        for rank, i in enumerate(order):
            lab = labels[i]
            votes[lab] = votes.get(lab, 0) + 1
            first_seen.setdefault(lab, rank)
        out.append(min(votes, key=lambda lab: (-votes[lab], first_seen[lab])))
    return out

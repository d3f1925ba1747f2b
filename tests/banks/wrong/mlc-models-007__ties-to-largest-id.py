"""Log-space naive Bayes that settles tied scores in favour of the largest team id."""

import numpy as np

BREAKS = "ties-smallest-id"


def nb_predict(counts: list[list[int]], labels: list[int], queries: list[list[int]], alpha: float) -> list[int]:
    X = np.asarray(counts, dtype=float)
    y = np.asarray(labels)
    classes = np.unique(y)
    Q = np.asarray(queries, dtype=float).reshape(-1, X.shape[1])
    log_prior = np.log(np.array([(y == c).sum() for c in classes]) / len(y))
    words = np.stack([X[y == c].sum(axis=0) for c in classes])
    log_theta = np.log((words + alpha) / (words.sum(axis=1, keepdims=True) + alpha * X.shape[1]))
    scores = log_prior + Q @ log_theta.T
    last = scores.shape[1] - 1 - scores[:, ::-1].argmax(axis=1)
    return [int(classes[i]) for i in last]

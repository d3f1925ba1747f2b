import numpy as np


def nb_predict(counts: list[list[int]], labels: list[int], queries: list[list[int]], alpha: float) -> list[int]:
    X = np.asarray(counts, dtype=float)
    y = np.asarray(labels)
    classes = np.unique(y)
    Q = np.asarray(queries, dtype=float).reshape(-1, X.shape[1])
    log_prior = np.log(np.array([(y == c).sum() for c in classes], dtype=float) / len(y))
    word_counts = np.stack([X[y == c].sum(axis=0) for c in classes])
    vocab = X.shape[1]
    log_theta = np.log((word_counts + alpha) / (word_counts.sum(axis=1, keepdims=True) + alpha * vocab))
    scores = log_prior + Q @ log_theta.T
    best = scores.max(axis=1, keepdims=True)
    winner = (scores >= best - 1e-9).argmax(axis=1)  # first qualifying class = smallest label
    return [int(classes[i]) for i in winner]

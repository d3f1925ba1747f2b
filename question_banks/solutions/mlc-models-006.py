import numpy as np


def best_gini_split(X: list[list[float]], y: list[int]) -> list[float]:
    A = np.asarray(X, dtype=float)
    n = len(y)
    if n == 0:
        return [-1.0, 0.0, 0.0]
    A = A.reshape(n, -1)
    _, codes = np.unique(np.asarray(y), return_inverse=True)
    codes = codes.ravel()
    num_classes = int(codes.max()) + 1
    onehot = np.zeros((n, num_classes))
    onehot[np.arange(n), codes] = 1.0
    totals = onehot.sum(axis=0)
    parent = 1.0 - float((totals**2).sum()) / (n * n)
    candidates = []  # (impurity, feature, threshold) of each feature's best split
    for f in range(A.shape[1]):
        order = np.argsort(A[:, f], kind="stable")
        xs = A[order, f]
        left = np.cumsum(onehot[order], axis=0)[:-1]
        valid = xs[:-1] < xs[1:]
        if not valid.any():
            continue
        n_left = np.arange(1, n, dtype=float)
        n_right = n - n_left
        right = totals - left
        score = (left**2).sum(axis=1) / n_left + (right**2).sum(axis=1) / n_right
        impurity = 1.0 - score / n
        impurity[~valid] = np.inf
        thresholds = (xs[:-1] + xs[1:]) / 2.0
        best = impurity.min()
        pos = np.flatnonzero(impurity <= best + 1e-9)
        candidates.extend((float(impurity[i]), f, float(thresholds[i])) for i in pos)
    if not candidates:
        return [-1.0, 0.0, parent]
    lowest = min(c[0] for c in candidates)
    imp, f, thr = min((c for c in candidates if c[0] <= lowest + 1e-9), key=lambda c: (c[1], c[2]))
    return [float(f), thr, imp]

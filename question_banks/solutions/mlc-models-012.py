import numpy as np

TIE = 1e-9


def _gini(counts: np.ndarray) -> float:
    n = counts.sum()
    return 1.0 - float(((counts / n) ** 2).sum())


def _best_split(X: np.ndarray, y: np.ndarray, classes: int) -> tuple[float, int, float]:
    """Return (weighted gini, feature, threshold) of the best split, or (inf, -1, 0) when none exists."""
    n = len(y)
    best = (float("inf"), -1, 0.0)
    for f in range(X.shape[1]):
        order = np.argsort(X[:, f], kind="stable")
        xs = X[order, f]
        left = np.cumsum(np.eye(classes)[y[order]], axis=0)[:-1]  # counts of the first i + 1 rows
        valid = xs[:-1] < xs[1:]
        if not valid.any():
            continue
        sizes = np.arange(1, n)[:, None]
        right = left[-1] + np.eye(classes)[y[order[-1]]] - left
        g_left = 1.0 - ((left / sizes) ** 2).sum(axis=1)
        g_right = 1.0 - ((right / (n - sizes)) ** 2).sum(axis=1)
        scores = (sizes[:, 0] * g_left + (n - sizes[:, 0]) * g_right) / n
        scores = np.where(valid, scores, np.inf)
        i = int(np.argmin(scores))
        if scores[i] < best[0] - TIE:
            # The smallest-threshold split among those tied with the minimum.
            i = int(np.flatnonzero(scores <= scores[i] + TIE)[0])
            best = (float(scores[i]), f, float((xs[i] + xs[i + 1]) / 2))
    return best


def fit_predict_tree(
    X_train: list[list[float]], y_train: list[int], X_test: list[list[float]], max_depth: int, min_samples_split: int
) -> list[int]:
    X = np.asarray(X_train, dtype=float)
    y = np.asarray(y_train, dtype=int)
    classes = int(y.max()) + 1

    def build(rows: np.ndarray, depth: int) -> tuple:
        counts = np.bincount(y[rows], minlength=classes)
        leaf = ("leaf", int(np.argmax(counts)))
        if depth >= max_depth or len(rows) < min_samples_split or (counts > 0).sum() == 1:
            return leaf
        score, f, thr = _best_split(X[rows], y[rows], classes)
        if f < 0 or score >= _gini(counts) - TIE:
            return leaf
        goes_left = X[rows, f] <= thr
        return ("split", f, thr, build(rows[goes_left], depth + 1), build(rows[~goes_left], depth + 1))

    tree = build(np.arange(len(y)), 0)
    out = []
    for row in X_test:
        node = tree
        while node[0] == "split":
            node = node[3] if row[node[1]] <= node[2] else node[4]
        out.append(node[1])
    return out

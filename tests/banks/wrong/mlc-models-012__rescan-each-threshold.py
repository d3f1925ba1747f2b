"""Right answers, but every candidate threshold recounts both children from scratch: O(d n^2) per node."""

BREAKS = "too-slow"
TIE = 1e-9


def _gini(labels: list[int]) -> float:
    n = len(labels)
    counts: dict[int, int] = {}
    for v in labels:
        counts[v] = counts.get(v, 0) + 1
    return 1.0 - sum((c / n) ** 2 for c in counts.values())


def fit_predict_tree(
    X_train: list[list[float]], y_train: list[int], X_test: list[list[float]], max_depth: int, min_samples_split: int
) -> list[int]:
    def build(rows: list[int], depth: int) -> tuple:
        labels = [y_train[i] for i in rows]
        counts = [labels.count(c) for c in range(max(y_train) + 1)]
        leaf = ("leaf", counts.index(max(counts)))
        if depth >= max_depth or len(rows) < min_samples_split or sum(c > 0 for c in counts) == 1:
            return leaf
        best = (float("inf"), -1, 0.0)
        for f in range(len(X_train[0])):
            values = sorted({X_train[i][f] for i in rows})
            for lo, hi in zip(values, values[1:]):
                thr = (lo + hi) / 2
                left = [y_train[i] for i in rows if X_train[i][f] <= thr]
                right = [y_train[i] for i in rows if X_train[i][f] > thr]
                score = (len(left) * _gini(left) + len(right) * _gini(right)) / len(rows)
                if score < best[0] - TIE:
                    best = (score, f, thr)
        score, f, thr = best
        if f < 0 or score >= _gini(labels) - TIE:
            return leaf
        left = [i for i in rows if X_train[i][f] <= thr]
        right = [i for i in rows if X_train[i][f] > thr]
        return ("split", f, thr, build(left, depth + 1), build(right, depth + 1))

    tree = build(list(range(len(y_train))), 0)
    out = []
    for row in X_test:
        node = tree
        while node[0] == "split":
            node = node[3] if row[node[1]] <= node[2] else node[4]
        out.append(node[1])
    return out

"""Recomputes both sides' class counts from scratch for every candidate threshold: right split, O(d n^2)."""

from collections import Counter

BREAKS = "too-slow"


def _gini(counts: Counter, size: int) -> float:
    return 1.0 - sum((c / size) ** 2 for c in counts.values()) if size else 0.0


def best_gini_split(X: list[list[float]], y: list[int]) -> list[float]:
    n = len(y)
    best = [-1.0, 0.0, _gini(Counter(y), n)]
    lowest = None
    for f in range(len(X[0])):
        values = sorted({row[f] for row in X})
        for lo, hi in zip(values, values[1:]):
            thr = (lo + hi) / 2
            left = Counter(label for row, label in zip(X, y) if row[f] <= thr)
            right = Counter(label for row, label in zip(X, y) if row[f] > thr)
            nl = sum(left.values())
            imp = (nl * _gini(left, nl) + (n - nl) * _gini(right, n - nl)) / n
            if lowest is None or imp < lowest - 1e-9:
                lowest, best = imp, [float(f), float(thr), imp]
    return best

import numpy as np

TIE = 1e-9


def gradient_boost_stumps(
    X_train: list[list[float]], y_train: list[float], X_test: list[list[float]], n_rounds: int, lr: float
) -> list[float]:
    X = np.asarray(X_train, dtype=float)
    y = np.asarray(y_train, dtype=float)
    T = np.asarray(X_test, dtype=float).reshape(-1, X.shape[1])
    n = len(y)
    orders = [np.argsort(X[:, f], kind="stable") for f in range(X.shape[1])]  # features never change
    base = float(y.mean())
    train = np.full(n, base)
    test = np.full(len(T), base)
    sizes = np.arange(1, n)
    for _ in range(n_rounds):
        r = y - train
        total = r.sum()
        best = None  # (sse, feature, threshold, left value, right value)
        for f, order in enumerate(orders):
            xs = X[order, f]
            valid = xs[:-1] < xs[1:]
            if not valid.any():
                continue
            left_sum = np.cumsum(r[order])[:-1]
            right_sum = total - left_sum
            # SSE of the two-mean fit = sum(r^2) - S_L^2/n_L - S_R^2/n_R; minimise the part that varies.
            gain = left_sum**2 / sizes + right_sum**2 / (n - sizes)
            sse = np.where(valid, float((r**2).sum()) - gain, np.inf)
            i = int(np.argmin(sse))
            i = int(np.flatnonzero(sse <= sse[i] + TIE)[0])
            if best is None or sse[i] < best[0] - TIE:
                best = (float(sse[i]), f, (xs[i] + xs[i + 1]) / 2, left_sum[i] / (i + 1), right_sum[i] / (n - i - 1))
        if best is None:
            break
        _, f, thr, left, right = best
        train += lr * np.where(X[:, f] <= thr, left, right)
        test += lr * np.where(T[:, f] <= thr, left, right)
    return test.tolist()

import numpy as np


def mlp_grads(
    X: list[list[float]], y: list[int], W1: list[list[float]], b1: list[float], W2: list[list[float]], b2: list[float]
) -> list[float]:
    X = np.asarray(X, dtype=float)
    W1 = np.asarray(W1, dtype=float)
    b1 = np.asarray(b1, dtype=float)
    W2 = np.asarray(W2, dtype=float)
    b2 = np.asarray(b2, dtype=float)
    n = X.shape[0]
    labels = np.asarray(y, dtype=int)
    # forward
    pre = X @ W1 + b1
    h = np.maximum(pre, 0.0)
    z = h @ W2 + b2
    z = z - z.max(axis=1, keepdims=True)
    log_p = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
    loss = -log_p[np.arange(n), labels].mean()
    # backward
    dz = np.exp(log_p)
    dz[np.arange(n), labels] -= 1.0
    dz /= n
    dW2 = h.T @ dz
    db2 = dz.sum(axis=0)
    dh = dz @ W2.T
    dpre = dh * (pre > 0)
    dW1 = X.T @ dpre
    db1 = dpre.sum(axis=0)
    return [float(loss)] + dW1.ravel().tolist() + db1.tolist() + dW2.ravel().tolist() + db2.tolist()

import numpy as np


def causal_self_attention(
    x: list[list[float]],
    Wq: list[list[float]],
    Wk: list[list[float]],
    Wv: list[list[float]],
    Wo: list[list[float]],
    num_heads: int,
) -> list[list[float]]:
    X = np.asarray(x, dtype=float)
    T, D = X.shape
    dh = D // num_heads
    Q = (X @ np.asarray(Wq, dtype=float)).reshape(T, num_heads, dh).transpose(1, 0, 2)
    K = (X @ np.asarray(Wk, dtype=float)).reshape(T, num_heads, dh).transpose(1, 0, 2)
    V = (X @ np.asarray(Wv, dtype=float)).reshape(T, num_heads, dh).transpose(1, 0, 2)
    scores = Q @ K.transpose(0, 2, 1) / np.sqrt(dh)  # heads x T x T
    future = np.triu(np.ones((T, T), dtype=bool), k=1)
    scores[:, future] = -np.inf
    scores -= scores.max(axis=2, keepdims=True)
    A = np.exp(scores)
    A /= A.sum(axis=2, keepdims=True)
    heads = A @ V  # heads x T x dh
    concat = heads.transpose(1, 0, 2).reshape(T, D)
    return (concat @ np.asarray(Wo, dtype=float)).tolist()

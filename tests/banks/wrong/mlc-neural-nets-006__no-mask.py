"""Multi-head attention that forgets the causal mask, so tokens attend to the future."""

import numpy as np

BREAKS = "causal-mask"


def causal_self_attention(
    x: list[list[float]],
    Wq: list[list[float]],
    Wk: list[list[float]],
    Wv: list[list[float]],
    Wo: list[list[float]],
    num_heads: int,
) -> list[list[float]]:
    X = np.asarray(x, dtype=float)
    Q, K, V = (X @ np.asarray(W, dtype=float) for W in (Wq, Wk, Wv))
    T, D = Q.shape
    dh = D // num_heads
    heads = []
    for h in range(num_heads):
        cols = slice(h * dh, (h + 1) * dh)
        S = Q[:, cols] @ K[:, cols].T / np.sqrt(dh)
        S = S - S.max(axis=1, keepdims=True)
        P = np.exp(S) / np.exp(S).sum(axis=1, keepdims=True)
        heads.append(P @ V[:, cols])
    return (np.hstack(heads) @ np.asarray(Wo, dtype=float)).tolist()

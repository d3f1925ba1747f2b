"""Treats each step on its own: the gradient from later steps never flows back into earlier hidden states."""

import numpy as np

BREAKS = "through-time"


def rnn_bptt(
    xs: list[list[float]],
    Wx: list[list[float]],
    Wh: list[list[float]],
    b: list[float],
    h0: list[float],
    upstream: list[list[float]],
) -> list[list[list[float]] | list[float]]:
    h_prev = np.asarray(h0, dtype=float)
    H = len(h_prev)
    A = np.asarray(Wx, dtype=float).reshape(-1, H)
    B = np.asarray(Wh, dtype=float).reshape(H, H)
    c = np.asarray(b, dtype=float)
    X = np.asarray(xs, dtype=float).reshape(-1, A.shape[0])
    G = np.asarray(upstream, dtype=float).reshape(-1, H)
    hs = [h_prev]
    for x in X:
        hs.append(np.tanh(x @ A + hs[-1] @ B + c))
    dA = np.zeros_like(A)
    dB = np.zeros_like(B)
    dc = np.zeros(H)
    carry = np.zeros(H)  # dL/dh_t arriving from later steps
    for t in range(len(X) - 1, -1, -1):
        dh = G[t]
        dz = dh * (1.0 - hs[t + 1] ** 2)
        dA += np.outer(X[t], dz)
        dB += np.outer(hs[t], dz)
        dc += dz
        carry = dz @ B.T
    return [dA.tolist(), dB.tolist(), dc.tolist(), carry.tolist()]

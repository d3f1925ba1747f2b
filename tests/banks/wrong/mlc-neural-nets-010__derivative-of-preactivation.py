"""Uses 1 - z^2 with the pre-activation z instead of 1 - h^2 with the tanh output."""

import numpy as np

BREAKS = "tanh-derivative"


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
    zs = []
    for x in X:
        zs.append(x @ A + hs[-1] @ B + c)
        hs.append(np.tanh(zs[-1]))
    dA = np.zeros_like(A)
    dB = np.zeros_like(B)
    dc = np.zeros(H)
    carry = np.zeros(H)  # dL/dh_t arriving from later steps
    for t in range(len(X) - 1, -1, -1):
        dh = G[t] + carry
        dz = dh * (1.0 - zs[t] ** 2)
        dA += np.outer(X[t], dz)
        dB += np.outer(hs[t], dz)
        dc += dz
        carry = dz @ B.T
    return [dA.tolist(), dB.tolist(), dc.tolist(), carry.tolist()]

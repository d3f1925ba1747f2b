"""Outputs o * c, forgetting the tanh squashing of the cell state."""

import numpy as np

BREAKS = "squash-cell"


def _sigmoid(z: np.ndarray) -> np.ndarray:
    out = np.empty_like(z)
    pos = z >= 0
    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))
    ez = np.exp(z[~pos])
    out[~pos] = ez / (1.0 + ez)
    return out


def lstm_forward(
    xs: list[list[float]],
    Wx: list[list[float]],
    Wh: list[list[float]],
    b: list[float],
    h0: list[float],
    c0: list[float],
) -> list[list[float]]:
    h = np.asarray(h0, dtype=float)
    c = np.asarray(c0, dtype=float)
    H = len(h)
    Wx_a = np.asarray(Wx, dtype=float).reshape(-1, 4 * H)
    Wh_a = np.asarray(Wh, dtype=float).reshape(H, 4 * H)
    b_a = np.asarray(b, dtype=float)
    for x in xs:
        z = np.asarray(x, dtype=float) @ Wx_a + h @ Wh_a + b_a
        i = _sigmoid(z[:H])
        f = _sigmoid(z[H : 2 * H])
        g = np.tanh(z[2 * H : 3 * H])
        o = _sigmoid(z[3 * H :])
        c = f * c + i * g
        h = o * c
    return [h.tolist(), c.tolist()]

"""Moves each output row and the centre vector as soon as its term is seen, so later terms use updated values."""

import numpy as np

BREAKS = "old-values"


def _log_sigmoid(x: float) -> float:
    """log(1 / (1 + exp(-x))) without overflow for any finite x."""
    return -float(np.logaddexp(0.0, -x))


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + np.exp(-x))
    e = np.exp(x)
    return e / (1.0 + e)


def sgns_epoch(W_in: list[list[float]], W_out: list[list[float]], pairs: list, lr: float) -> list:
    V_in = np.array(W_in, dtype=float)
    V_out = np.array(W_out, dtype=float)
    total = 0.0
    for center, context, negatives in pairs:
        v = V_in[center].copy()
        rows = [context, *negatives]
        labels = [1.0] + [0.0] * len(negatives)
        for row, label in zip(rows, labels):
            u = V_out[row]
            score = float(u @ v)
            total -= _log_sigmoid(score) if label else _log_sigmoid(-score)
            g = _sigmoid(score) - label  # d loss / d score
            V_out[row] -= lr * g * v
            v -= lr * g * u
        V_in[center] = v
    return [total, V_in.tolist(), V_out.tolist()]

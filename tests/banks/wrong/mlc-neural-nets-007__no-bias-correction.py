"""AdamW without bias correction, so the first steps are far too small or too large."""

import numpy as np

BREAKS = "bias-correction"


def adamw_quadratic(
    theta0: list[float],
    a: list[float],
    c: list[float],
    lr: float,
    beta1: float,
    beta2: float,
    eps: float,
    weight_decay: float,
    steps: int,
) -> list[float]:
    theta, A, C = (np.asarray(v, dtype=float) for v in (theta0, a, c))
    m = np.zeros_like(theta)
    v = np.zeros_like(theta)
    for _ in range(steps):
        g = 2 * A * (theta - C)
        m = beta1 * m + (1 - beta1) * g
        v = beta2 * v + (1 - beta2) * g * g
        theta = theta - lr * (m / (np.sqrt(v) + eps) + weight_decay * theta)
    return theta.tolist()

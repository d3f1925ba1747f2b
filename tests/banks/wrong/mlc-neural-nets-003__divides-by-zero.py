"""Inverted dropout that always scales by 1 / (1 - p), so p = 1 turns zeros into nan."""

import numpy as np

BREAKS = "p-one-drops-all"


def inverted_dropout(
    x: list[list[float]], u: list[list[float]], p: float, upstream: list[list[float]]
) -> list[list[list[float]]]:
    keep = np.asarray(u) >= p
    with np.errstate(divide="ignore", invalid="ignore"):
        scale = np.float64(1.0) / np.float64(1.0 - p)
        out = np.where(keep, np.asarray(x) * scale, 0.0 * scale)
        grad = np.where(keep, np.asarray(upstream) * scale, 0.0 * scale)
    return [out.tolist(), grad.tolist()]

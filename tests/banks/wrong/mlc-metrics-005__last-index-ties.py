"""Predicts the last of tied classes (argmax of the reversed row), not the lowest index."""

import numpy as np

BREAKS = "lowest-index-ties"


def expected_calibration_error(probs: list[list[float]], labels: list[int], num_bins: int) -> float:
    P = np.asarray(probs, dtype=float)
    if P.shape[0] == 0:
        return 0.0
    conf = P.max(axis=1)
    pred = P.shape[1] - 1 - P[:, ::-1].argmax(axis=1)
    correct = (pred == np.asarray(labels)).astype(float)
    bins = np.minimum((conf * num_bins).astype(int), num_bins - 1)
    gap = np.bincount(bins, weights=correct - conf, minlength=num_bins)
    return float(np.abs(gap).sum() / P.shape[0])

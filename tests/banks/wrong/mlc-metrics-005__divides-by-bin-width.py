"""Bins by c / (1 / num_bins): 0.3 / 0.1 is 2.999..., so boundary confidences land one bin low."""

import numpy as np

BREAKS = "exact-bin-formula"


def expected_calibration_error(probs: list[list[float]], labels: list[int], num_bins: int) -> float:
    P = np.asarray(probs, dtype=float)
    if P.shape[0] == 0:
        return 0.0
    conf = P.max(axis=1)
    correct = (P.argmax(axis=1) == np.asarray(labels)).astype(float)
    bins = np.minimum((conf / (1.0 / num_bins)).astype(int), num_bins - 1)
    gap = np.bincount(bins, weights=correct - conf, minlength=num_bins)
    return float(np.abs(gap).sum() / P.shape[0])

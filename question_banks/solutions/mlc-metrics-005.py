import numpy as np


def expected_calibration_error(probs: list[list[float]], labels: list[int], num_bins: int) -> float:
    P = np.asarray(probs, dtype=float)
    n = P.shape[0]
    if n == 0:
        return 0.0
    conf = P.max(axis=1)
    pred = P.argmax(axis=1)  # first maximum = lowest class index
    correct = (pred == np.asarray(labels, dtype=int)).astype(float)
    bins = np.minimum((conf * num_bins).astype(int), num_bins - 1)
    gap = np.bincount(bins, weights=correct - conf, minlength=num_bins)
    return float(np.abs(gap).sum() / n)

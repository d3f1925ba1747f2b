import numpy as np


def stratified_folds(labels: list[int], k: int) -> list[int]:
    y = np.asarray(labels)
    order = np.argsort(y, kind="stable")  # by class, then by original index
    folds = np.empty(len(y), dtype=int)
    folds[order] = np.arange(len(y)) % k
    return folds.tolist()

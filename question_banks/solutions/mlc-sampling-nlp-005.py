import numpy as np


def sample_categorical(weights: list[float], uniforms: list[float]) -> list[int]:
    cumulative = np.cumsum(np.asarray(weights, dtype=float))
    total = cumulative[-1]
    targets = np.asarray(uniforms, dtype=float) * total
    # The smallest index whose running sum is strictly greater than the target.
    return np.searchsorted(cumulative, targets, side="right").tolist()

"""Binary search for the first running sum >= the target, so a target on a boundary picks a zero-weight or earlier category."""

import numpy as np

BREAKS = "boundary-next"


def sample_categorical(weights: list[float], uniforms: list[float]) -> list[int]:
    cumulative = np.cumsum(np.asarray(weights, dtype=float))
    targets = np.asarray(uniforms, dtype=float) * cumulative[-1]
    return np.searchsorted(cumulative, targets, side="left").tolist()

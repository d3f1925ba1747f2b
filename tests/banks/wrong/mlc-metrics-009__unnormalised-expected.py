"""Forms the expected table as the outer product of the counts without dividing by n."""

import numpy as np

BREAKS = "expected-from-marginals"


def quadratic_weighted_kappa(rater_a: list[int], rater_b: list[int], num_ratings: int) -> float:
    a = np.asarray(rater_a, dtype=int)
    b = np.asarray(rater_b, dtype=int)
    k = num_ratings
    observed = np.bincount(a * k + b, minlength=k * k).reshape(k, k).astype(float)
    expected = np.outer(np.bincount(a, minlength=k), np.bincount(b, minlength=k))
    i, j = np.indices((k, k))
    weights = (i - j) ** 2 / max(k - 1, 1) ** 2
    disagreement = float((weights * expected).sum())
    if disagreement == 0.0:
        return 1.0
    return 1.0 - float((weights * observed).sum()) / disagreement

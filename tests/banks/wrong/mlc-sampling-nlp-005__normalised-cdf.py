"""Compares the raw uniform with a normalised CDF and picks the first category whose share reaches it."""

BREAKS = "zero-weight-never"


def sample_categorical(weights: list[float], uniforms: list[float]) -> list[int]:
    total = sum(weights)
    cdf = []
    running = 0.0
    for w in weights:
        running += w / total
        cdf.append(running)
    out = []
    for u in uniforms:
        i = 0
        while i < len(cdf) - 1 and cdf[i] < u:
            i += 1
        out.append(i)
    return out

"""Measures the nucleus with the probabilities from before top-k, without renormalising the k survivors."""

import numpy as np

BREAKS = "renormalise-after-top-k"


def sample_top_k_top_p(
    logits: list[list[float]], temperature: float, k: int, p: float, uniforms: list[float]
) -> list[int]:
    out = []
    for row, u in zip(logits, uniforms):
        z = np.asarray(row, dtype=float) / temperature
        probs = np.exp(z - z.max())
        probs /= probs.sum()
        order = np.lexsort((np.arange(len(probs)), -probs))[:k]  # descending probability, then smaller id
        kept = probs[order]
        cutoff = int(np.searchsorted(np.cumsum(kept), p, side="left")) + 1  # shortest prefix reaching p
        order = order[:cutoff]
        kept = kept[:cutoff]
        running = np.cumsum(kept)
        pick = min(int(np.searchsorted(running, u * running[-1], side="right")), len(order) - 1)
        out.append(int(order[pick]))
    return out

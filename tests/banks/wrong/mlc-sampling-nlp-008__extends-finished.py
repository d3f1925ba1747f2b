"""Keeps hypotheses that emitted end-of-sequence in the beam and keeps extending them."""

import numpy as np

BREAKS = "eos-finishes"


def beam_search(
    logp: list[list[float]], start: int, eos: int, beam_width: int, max_len: int, alpha: float
) -> list[int]:
    table = np.asarray(logp, dtype=float)
    live: list[tuple[list[int], float]] = [([], 0.0)]  # generated tokens (start excluded), total log-prob
    finished: list[tuple[list[int], float]] = []
    for _ in range(max_len):
        if not live:
            break
        lasts = [seq[-1] if seq else start for seq, _ in live]
        scores = np.array([s for _, s in live])[:, None] + table[lasts]  # live × V
        flat = scores.ravel()
        width = min(beam_width, flat.size)
        cut = np.partition(flat, flat.size - width)[flat.size - width]  # the width-th best score
        chosen = [(live[i][0] + [int(v)], float(scores[i, v])) for i, v in zip(*np.nonzero(scores >= cut), strict=True)]
        chosen.sort(key=lambda c: (-c[1], c[0]))  # best score first, then the smaller sequence
        live = []
        for seq, score in chosen[:width]:
            live.append((seq, score))
    finished.extend(live)
    best = min(finished, key=lambda c: (-c[1] / len(c[0]) ** alpha, c[0]))
    return best[0]

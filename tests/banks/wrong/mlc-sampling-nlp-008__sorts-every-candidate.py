"""Right answers, but builds and fully sorts every (hypothesis, token) candidate with a copied sequence each step."""

BREAKS = "too-slow"


def beam_search(
    logp: list[list[float]], start: int, eos: int, beam_width: int, max_len: int, alpha: float
) -> list[int]:
    live: list[tuple[list[int], float]] = [([], 0.0)]
    finished: list[tuple[list[int], float]] = []
    for _ in range(max_len):
        if not live:
            break
        candidates = []
        for seq, score in live:
            row = logp[seq[-1] if seq else start]
            for v, lp in enumerate(row):
                candidates.append((seq + [v], score + lp))
        candidates.sort(key=lambda c: (-c[1], c[0]))
        live = []
        for seq, score in candidates[:beam_width]:
            (finished if seq[-1] == eos else live).append((seq, score))
    finished.extend(live)
    return min(finished, key=lambda c: (-c[1] / len(c[0]) ** alpha, c[0]))[0]

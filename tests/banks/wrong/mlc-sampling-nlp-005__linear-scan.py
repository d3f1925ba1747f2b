"""Right answers, but scans the categories from the start for every draw: O(m * K)."""

BREAKS = "too-slow"


def sample_categorical(weights: list[float], uniforms: list[float]) -> list[int]:
    total = 0.0
    for w in weights:
        total += w
    out = []
    for u in uniforms:
        target = u * total
        running = 0.0
        for i, w in enumerate(weights):
            running += w
            if running > target:
                out.append(i)
                break
    return out

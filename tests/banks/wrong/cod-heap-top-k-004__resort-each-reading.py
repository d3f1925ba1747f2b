"""Right answers, but sorts every reading seen so far again after each one: quadratic or worse."""

BREAKS = "too-slow"


def running_medians(readings: list[int]) -> list[float]:
    seen: list[int] = []
    out = []
    for x in readings:
        seen.append(x)
        seen.sort()
        n = len(seen)
        out.append(float(seen[n // 2]) if n % 2 else (seen[n // 2 - 1] + seen[n // 2]) / 2)
    return out

"""Misreads the tarp as resting on the poles in between: a pole taller than the lower end blocks the pair."""

BREAKS = "poles-between-ignored"


def max_tarp_area(poles: list[int]) -> int:
    best = 0
    for i in range(len(poles)):
        tallest_between = 0
        for j in range(i + 1, len(poles)):
            low = min(poles[i], poles[j])
            if tallest_between <= low:
                best = max(best, low * (j - i))
            tallest_between = max(tallest_between, poles[j])
    return best

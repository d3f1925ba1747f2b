"""Takes max() of every window slice: right, but O(n k)."""

BREAKS = "too-slow"


def window_peaks(loads: list[int], k: int) -> list[int]:
    return [max(loads[i : i + k]) for i in range(len(loads) - k + 1)]

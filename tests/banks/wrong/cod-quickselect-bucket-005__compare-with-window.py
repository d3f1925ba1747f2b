"""Right answers, but compares every reading with each of the k before it: O(n k)."""

BREAKS = "too-slow"


def has_near_repeat(readings: list[int], k: int, t: int) -> bool:
    for j, x in enumerate(readings):
        for i in range(max(0, j - k), j):
            if abs(readings[i] - x) <= t:
                return True
    return False

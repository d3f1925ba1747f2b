"""Simulates the kiln hour by hour, firing the most plentiful ready glaze: right, but the clock runs for billions of hours."""

from collections import Counter

BREAKS = "too-slow"


def fewest_hours(jobs: list[str], gap: int) -> int:
    left = Counter(jobs)
    ready_at = dict.fromkeys(left, 0)
    hour = 0
    remaining = len(jobs)
    while remaining:
        ready = [g for g in left if left[g] and ready_at[g] <= hour]
        if ready:
            glaze = max(ready, key=lambda g: left[g])
            left[glaze] -= 1
            ready_at[glaze] = hour + gap + 1
            remaining -= 1
        hour += 1
    return hour

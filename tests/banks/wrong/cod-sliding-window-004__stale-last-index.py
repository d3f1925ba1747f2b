"""Jumps the left edge to the last visit + 1 even when that visit already left the window."""

BREAKS = "stale-repeat"


def longest_fresh_run(stops: list[int]) -> list[int]:
    last: dict[int, int] = {}
    left = 0
    best = [0, 0]
    for i, x in enumerate(stops):
        if x in last:
            left = last[x] + 1
        last[x] = i
        if i - left + 1 > best[1]:
            best = [left, i - left + 1]
    return best

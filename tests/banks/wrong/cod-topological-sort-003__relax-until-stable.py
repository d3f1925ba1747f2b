"""Relaxes every pair until no finish time grows (cycle if it keeps growing): O(n * m) on a reversed chain."""

BREAKS = "too-slow"


def earliest_finish(durations: list[int], deps: list[list[int]]) -> int:
    n = len(durations)
    finish = list(durations)
    for _ in range(n):
        changed = False
        for a, b in deps:
            if finish[a] + durations[b] > finish[b]:
                finish[b] = finish[a] + durations[b]
                changed = True
        if not changed:
            return max(finish)
    return -1

"""Grows a fresh set from every start until a repeat: right, but O(n * run length)."""

BREAKS = "too-slow"


def longest_fresh_run(stops: list[int]) -> list[int]:
    best = [0, 0]
    for start in range(len(stops)):
        seen = set()
        end = start
        while end < len(stops) and stops[end] not in seen:
            seen.add(stops[end])
            end += 1
        if end - start > best[1]:
            best = [start, end - start]
    return best

"""Compares lengths with >=, so a later run of the same length replaces the earliest one."""

BREAKS = "earliest-tie"


def longest_fresh_run(stops: list[int]) -> list[int]:
    last: dict[int, int] = {}
    left = 0
    best = [0, 0]
    for i, x in enumerate(stops):
        if last.get(x, -1) >= left:
            left = last[x] + 1
        last[x] = i
        if i - left + 1 >= best[1]:
            best = [left, i - left + 1]
    return best

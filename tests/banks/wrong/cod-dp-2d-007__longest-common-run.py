"""Finds the longest run of consecutive entries shared by both histories (a common substring)."""

BREAKS = "gaps-allowed"


def shared_storyline(first: list[int], second: list[int]) -> int:
    best = 0
    prev = [0] * (len(second) + 1)
    for x in first:
        row = [0]
        for j, y in enumerate(second, start=1):
            row.append(prev[j - 1] + 1 if x == y else 0)
        best = max(best, max(row))
        prev = row
    return best

"""Checks every trio of positions: right, but O(n^3)."""

BREAKS = "too-slow"


def trios_under_cap(calories: list[int], cap: int) -> int:
    n = len(calories)
    count = 0
    for i in range(n):
        for j in range(i + 1, n):
            for k in range(j + 1, n):
                if calories[i] + calories[j] + calories[k] < cap:
                    count += 1
    return count

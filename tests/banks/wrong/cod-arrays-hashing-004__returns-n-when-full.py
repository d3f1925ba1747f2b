"""Cyclic sort done right, but a list holding all of 1..n falls through to `return n`."""

BREAKS = "all-taken"


def lowest_free_locker(assigned: list[int]) -> int:
    n = len(assigned)
    for i in range(n):
        while 1 <= assigned[i] <= n and assigned[assigned[i] - 1] != assigned[i]:
            home = assigned[i] - 1
            assigned[i], assigned[home] = assigned[home], assigned[i]
    for i, value in enumerate(assigned):
        if value != i + 1:
            return i + 1
    return max(n, 1)

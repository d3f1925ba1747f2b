"""Right recurrence over the last three steps, but the count is never reduced modulo 1,000,000,007."""

BREAKS = "modulo"


def climb_ways(n: int, broken: list[int]) -> int:
    bad = set(broken)
    ways = [1] + [0] * n
    for step in range(1, n + 1):
        if step not in bad:
            ways[step] = sum(ways[max(0, step - 3) : step])
    return ways[n]

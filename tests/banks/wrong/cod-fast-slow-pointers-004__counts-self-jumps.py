"""Checks directions but accepts a square that jumps onto itself as a loop."""

BREAKS = "no-single-square"


def has_one_way_loop(jumps: list[int]) -> bool:
    n = len(jumps)
    for i in range(n):
        seen = set()
        j = i
        while j not in seen and jumps[j] * jumps[i] > 0:
            seen.add(j)
            j = (j + jumps[j]) % n
        if j in seen:
            return True
    return False

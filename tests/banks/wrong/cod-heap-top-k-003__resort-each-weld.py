"""Sorts the rods again before every weld: right cost, O(n^2 log n)."""

BREAKS = "too-slow"


def min_fusing_cost(rods: list[int]) -> int:
    rods = list(rods)
    cost = 0
    while len(rods) > 1:
        rods.sort()
        joined = rods[0] + rods[1]
        cost += joined
        rods = [joined, *rods[2:]]
    return cost

"""One-pass greedy that restarts when the tank reaches zero, treating an empty tank as failure."""

BREAKS = "empty-tank-ok"


def loop_start(fuel: list[int], cost: list[int]) -> int:
    if sum(fuel) < sum(cost):
        return -1
    start, tank = 0, 0
    for i, (f, c) in enumerate(zip(fuel, cost)):
        tank += f - c
        if tank <= 0:
            start, tank = i + 1, 0
    return start if start < len(fuel) else -1

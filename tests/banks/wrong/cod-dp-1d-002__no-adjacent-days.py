"""House-robber recurrence: forbids any two consecutive worked days instead of three."""

BREAKS = "two-day-runs"


def best_pay(pay: list[int]) -> int:
    take = skip = 0
    for p in pay:
        take, skip = skip + p, max(take, skip)
    return max(take, skip)

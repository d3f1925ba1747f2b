"""Running minimum over every span: right sums, O(n^2)."""

BREAKS = "too-slow"


def sum_of_window_minimums(loads: list[int]) -> int:
    total = 0
    for i in range(len(loads)):
        low = loads[i]
        for j in range(i, len(loads)):
            low = min(low, loads[j])
            total += low
    return total % 1_000_000_007

"""Sums every stretch with a running total from each start: right counts, O(n^2)."""

BREAKS = "too-slow"


def count_netting_stretches(ledger: list[int], target: int) -> int:
    count = 0
    for i in range(len(ledger)):
        total = 0
        for j in range(i, len(ledger)):
            total += ledger[j]
            count += total == target
    return count

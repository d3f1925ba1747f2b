"""Two-pointer window that shrinks while the total exceeds the target: only valid for positive amounts."""

BREAKS = "negative-amounts"


def count_netting_stretches(ledger: list[int], target: int) -> int:
    count = left = total = 0
    for right, amount in enumerate(ledger):
        total += amount
        while left <= right and total > target:
            total -= ledger[left]
            left += 1
        if total == target and left <= right:
            count += 1
    return count

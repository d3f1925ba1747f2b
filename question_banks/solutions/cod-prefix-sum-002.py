def count_netting_stretches(ledger: list[int], target: int) -> int:
    seen = {0: 1}
    running = 0
    count = 0
    for amount in ledger:
        running += amount
        count += seen.get(running - target, 0)
        seen[running] = seen.get(running, 0) + 1
    return count

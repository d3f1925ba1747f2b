def best_pay(pay: list[int]) -> int:
    # best[i] = best total using days 0..i-1; day i-1 is either rested, or ends a run of 1 or 2 worked days.
    n = len(pay)
    best = [0] * (n + 1)
    for i in range(1, n + 1):
        rest = best[i - 1]
        one = pay[i - 1] + (best[i - 2] if i >= 2 else 0)
        two = pay[i - 1] + pay[i - 2] + (best[i - 3] if i >= 3 else 0) if i >= 2 else 0
        best[i] = max(rest, one, two)
    return best[n]

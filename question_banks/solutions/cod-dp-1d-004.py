def fewest_stamps(values: list[int], amount: int) -> int:
    inf = amount + 1  # more stamps than any real answer can need
    best = [0] + [inf] * amount
    for a in range(1, amount + 1):
        low = inf
        for v in values:
            if v <= a and best[a - v] < low:
                low = best[a - v]
        best[a] = low + 1 if low < inf else inf
    return best[amount] if best[amount] < inf else -1

"""A 0/1 table (amounts scanned downwards), so each denomination is used at most once."""

BREAKS = "reuse"


def fewest_stamps(values: list[int], amount: int) -> int:
    inf = float("inf")
    best = [0] + [inf] * amount
    for v in values:
        for a in range(amount, v - 1, -1):
            best[a] = min(best[a], best[a - v] + 1)
    return best[amount] if best[amount] != inf else -1

"""Starts the table at 0 instead of the first block's cost, so the start block is never paid."""

BREAKS = "ends-count"


def cheapest_run(cost: list[list[int]]) -> int:
    rows, cols = len(cost), len(cost[0])
    best = [[0] * cols for _ in range(rows)]
    for r in range(rows):
        for c in range(cols):
            if r == 0 and c == 0:
                continue
            up = best[r - 1][c] if r else float("inf")
            left = best[r][c - 1] if c else float("inf")
            best[r][c] = cost[r][c] + min(up, left)
    return best[-1][-1]

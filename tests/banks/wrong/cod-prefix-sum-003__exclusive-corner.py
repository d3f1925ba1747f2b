"""2-D prefix sums that treat the second corner as exclusive, dropping the last row and column."""

BREAKS = "inclusive-corners"


def orchard_yields(grid: list[list[int]], queries: list[list[int]]) -> list[int]:
    rows, cols = len(grid), len(grid[0])
    pre = [[0] * (cols + 1) for _ in range(rows + 1)]
    for r in range(rows):
        for c in range(cols):
            pre[r + 1][c + 1] = grid[r][c] + pre[r][c + 1] + pre[r + 1][c] - pre[r][c]
    return [pre[r2][c2] - pre[r1][c2] - pre[r2][c1] + pre[r1][c1] for r1, c1, r2, c2 in queries]

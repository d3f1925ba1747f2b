def orchard_yields(grid: list[list[int]], queries: list[list[int]]) -> list[int]:
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    # pre[r][c] = sum of grid[0..r-1][0..c-1]
    pre = [[0] * (cols + 1) for _ in range(rows + 1)]
    for r in range(rows):
        row_total = 0
        above, here = pre[r], pre[r + 1]
        for c in range(cols):
            row_total += grid[r][c]
            here[c + 1] = above[c + 1] + row_total
    out = []
    for r1, c1, r2, c2 in queries:
        out.append(pre[r2 + 1][c2 + 1] - pre[r1][c2 + 1] - pre[r2 + 1][c1] + pre[r1][c1])
    return out

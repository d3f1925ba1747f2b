def count_routes(grid: list[str]) -> int:
    mod = 1_000_000_007
    cols = len(grid[0])
    row_ways = [0] * cols
    row_ways[0] = 1 if grid[0][0] == "." else 0
    for r, line in enumerate(grid):
        for c in range(cols):
            if line[c] == "#":
                row_ways[c] = 0
            elif c > 0:
                row_ways[c] = (row_ways[c] + row_ways[c - 1]) % mod
    return row_ways[-1]

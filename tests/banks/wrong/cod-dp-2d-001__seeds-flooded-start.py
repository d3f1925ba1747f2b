"""Right/down DP that seeds the start with one route before checking whether it is flooded."""

BREAKS = "flooded-ends"
MOD = 1_000_000_007


def count_routes(grid: list[str]) -> int:
    cols = len(grid[0])
    ways = [0] * cols
    ways[0] = 1
    for r, row in enumerate(grid):
        for c in range(cols):
            if row[c] == "#" and (r, c) != (0, 0):
                ways[c] = 0
            elif c:
                ways[c] = (ways[c] + ways[c - 1]) % MOD
    return ways[-1]

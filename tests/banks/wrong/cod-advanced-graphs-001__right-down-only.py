"""Minimax DP that only moves right or down, so it misses routes that double back."""

BREAKS = "any-direction"


def gentlest_route(heights: list[list[int]]) -> int:
    rows, cols = len(heights), len(heights[0])
    best = [[0] * cols for _ in range(rows)]
    for r in range(rows):
        for c in range(cols):
            options = []
            if r:
                options.append(max(best[r - 1][c], abs(heights[r][c] - heights[r - 1][c])))
            if c:
                options.append(max(best[r][c - 1], abs(heights[r][c] - heights[r][c - 1])))
            best[r][c] = min(options) if options else 0
    return best[-1][-1]

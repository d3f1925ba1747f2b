"""Processes cells from highest to lowest but lets a step go to an equal height as well."""

BREAKS = "strictly-higher"


def longest_climb(heights: list[list[int]]) -> int:
    rows, cols = len(heights), len(heights[0])
    cells = sorted(((heights[r][c], r, c) for r in range(rows) for c in range(cols)), reverse=True)
    best = {}
    for h, r, c in cells:
        options = [
            best[(x, y)]
            for x, y in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1))
            if (x, y) in best and heights[x][y] >= h
        ]
        best[(r, c)] = 1 + max(options, default=0)
    return max(best.values())

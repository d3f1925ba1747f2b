"""Longest path in height order over all eight surrounding cells, diagonals included."""

BREAKS = "edge-neighbours"


def longest_climb(heights: list[list[int]]) -> int:
    rows, cols = len(heights), len(heights[0])
    cells = sorted(((heights[r][c], r, c) for r in range(rows) for c in range(cols)), reverse=True)
    best = [[1] * cols for _ in range(rows)]
    for h, r, c in cells:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                x, y = r + dr, c + dc
                if 0 <= x < rows and 0 <= y < cols and heights[x][y] > h:
                    best[r][c] = max(best[r][c], best[x][y] + 1)
    return max(map(max, best))

"""Sweeps the grid again and again until no trail length grows: right, but a long spiral needs a sweep per cell."""

BREAKS = "too-slow"


def longest_climb(heights: list[list[int]]) -> int:
    rows, cols = len(heights), len(heights[0])
    best = [[1] * cols for _ in range(rows)]
    changed = True
    while changed:
        changed = False
        for r in range(rows):
            for c in range(cols):
                for x, y in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                    if 0 <= x < rows and 0 <= y < cols and heights[x][y] > heights[r][c]:
                        if best[x][y] + 1 > best[r][c]:
                            best[r][c] = best[x][y] + 1
                            changed = True
    return max(map(max, best))

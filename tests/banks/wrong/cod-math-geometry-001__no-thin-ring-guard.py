"""The four-sided ring walk without guarding the bottom row and left column, so thin rings repeat containers."""

BREAKS = "visit-once"


def spiral_walk(grid: list[list[int]]) -> list[int]:
    out = []
    if not grid:
        return out
    top, bottom, left, right = 0, len(grid) - 1, 0, len(grid[0]) - 1
    while top <= bottom and left <= right:
        out.extend(grid[top][c] for c in range(left, right + 1))
        out.extend(grid[r][right] for r in range(top + 1, bottom + 1))
        out.extend(grid[bottom][c] for c in range(right - 1, left - 1, -1))
        out.extend(grid[r][left] for r in range(bottom - 1, top, -1))
        top, bottom, left, right = top + 1, bottom - 1, left + 1, right - 1
    return out

"""Counts every water cell off the border, forgetting that water connected to the border is sea too."""

BREAKS = "border-is-sea"


def inland_water(grid: list[str]) -> int:
    rows, cols = len(grid), len(grid[0])
    return sum(1 for r in range(1, rows - 1) for c in range(1, cols - 1) if grid[r][c] == "~")

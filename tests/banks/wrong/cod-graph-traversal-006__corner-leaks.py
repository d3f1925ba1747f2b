"""Flood fill over all eight surrounding cells, so water escapes through corners."""

from collections import deque

BREAKS = "edge-only"


def inland_water(grid: list[str]) -> int:
    rows, cols = len(grid), len(grid[0])
    sea = set()
    queue = deque()
    for r in range(rows):
        for c in range(cols):
            if (r in (0, rows - 1) or c in (0, cols - 1)) and grid[r][c] == "~":
                sea.add((r, c))
                queue.append((r, c))
    while queue:
        r, c = queue.popleft()
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                nr, nc = r + dr, c + dc
                if 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in sea and grid[nr][nc] == "~":
                    sea.add((nr, nc))
                    queue.append((nr, nc))
    return sum(row.count("~") for row in grid) - len(sea)

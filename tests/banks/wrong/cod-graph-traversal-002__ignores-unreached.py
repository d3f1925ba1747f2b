"""Multi-source BFS that reports the farthest reached tile and never checks for unreachable ones."""

from collections import deque

BREAKS = "unreachable-minus-one"


def farthest_from_charger(grid: list[str]) -> int:
    rows, cols = len(grid), len(grid[0])
    dist = [[-1] * cols for _ in range(rows)]
    queue = deque()
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == "C":
                dist[r][c] = 0
                queue.append((r, c))
    best = 0
    while queue:
        r, c = queue.popleft()
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and dist[nr][nc] < 0:
                dist[nr][nc] = dist[r][c] + 1
                best = max(best, dist[nr][nc])
                queue.append((nr, nc))
    return best

from collections import deque


def inland_water(grid: list[str]) -> int:
    rows, cols = len(grid), len(grid[0])
    sea = [[False] * cols for _ in range(rows)]
    queue = deque()
    for r in range(rows):
        for c in range(cols):
            if (r in (0, rows - 1) or c in (0, cols - 1)) and grid[r][c] == "~":
                sea[r][c] = True
                queue.append((r, c))
    while queue:
        r, c = queue.popleft()
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and not sea[nr][nc] and grid[nr][nc] == "~":
                sea[nr][nc] = True
                queue.append((nr, nc))
    return sum(row.count("~") for row in grid) - sum(map(sum, sea))

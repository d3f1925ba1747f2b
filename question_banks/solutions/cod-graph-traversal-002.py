from collections import deque


def farthest_from_charger(grid: list[str]) -> int:
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    dist = [[-1] * cols for _ in range(rows)]
    queue = deque()
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == "C":
                dist[r][c] = 0
                queue.append((r, c))
    # Multi-source BFS: every charger starts in the queue at distance 0.
    while queue:
        r, c = queue.popleft()
        d = dist[r][c] + 1
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and dist[nr][nc] == -1 and grid[nr][nc] == ".":
                dist[nr][nc] = d
                queue.append((nr, nc))
    best = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == ".":
                if dist[r][c] == -1:
                    return -1
                best = max(best, dist[r][c])
    return best

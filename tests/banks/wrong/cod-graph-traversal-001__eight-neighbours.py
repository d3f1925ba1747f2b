"""Flood fill over eight neighbours, so tiles touching at a corner merge into one patch."""

BREAKS = "edge-contact-only"


def count_patches(grid: list[str]) -> int:
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    seen = [[False] * cols for _ in range(rows)]
    patches = 0
    for r in range(rows):
        for c in range(cols):
            if seen[r][c]:
                continue
            patches += 1
            seen[r][c] = True
            stack = [(r, c)]
            while stack:
                y, x = stack.pop()
                for dy in (-1, 0, 1):
                    for dx in (-1, 0, 1):
                        ny, nx = y + dy, x + dx
                        if 0 <= ny < rows and 0 <= nx < cols and not seen[ny][nx] and grid[ny][nx] == grid[y][x]:
                            seen[ny][nx] = True
                            stack.append((ny, nx))
    return patches

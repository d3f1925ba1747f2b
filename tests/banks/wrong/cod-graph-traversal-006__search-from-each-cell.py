"""Searches from every water cell for a way to the border: right, but quadratic on a large lake."""

BREAKS = "too-slow"


def inland_water(grid: list[str]) -> int:
    rows, cols = len(grid), len(grid[0])
    count = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != "~":
                continue
            seen, stack, escapes = {(r, c)}, [(r, c)], False
            while stack and not escapes:
                a, b = stack.pop()
                if a in (0, rows - 1) or b in (0, cols - 1):
                    escapes = True
                for x, y in ((a + 1, b), (a - 1, b), (a, b + 1), (a, b - 1)):
                    if 0 <= x < rows and 0 <= y < cols and grid[x][y] == "~" and (x, y) not in seen:
                        seen.add((x, y))
                        stack.append((x, y))
            count += not escapes
    return count

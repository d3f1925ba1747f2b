"""Checks each cell's whole row and column in the original tray: right, but O(R * C * (R + C))."""

BREAKS = "too-slow"


def quarantine(tray: list[list[int]]) -> list[list[int]]:
    rows, cols = len(tray), len(tray[0])
    result = []
    for r in range(rows):
        row = []
        for c in range(cols):
            hit = 0 in tray[r] or any(tray[k][c] == 0 for k in range(rows))
            row.append(0 if hit else tray[r][c])
        result.append(row)
    return result

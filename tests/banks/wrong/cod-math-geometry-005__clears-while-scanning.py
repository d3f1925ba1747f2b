"""Clears a row and column the moment a zero is met, so freshly cleared cells spread the blight further."""

BREAKS = "original-blight-only"


def quarantine(tray: list[list[int]]) -> list[list[int]]:
    rows, cols = len(tray), len(tray[0])
    for r in range(rows):
        for c in range(cols):
            if tray[r][c] == 0:
                for k in range(cols):
                    tray[r][k] = 0
                for k in range(rows):
                    tray[k][c] = 0
    return tray

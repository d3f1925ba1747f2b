def quarantine(tray: list[list[int]]) -> list[list[int]]:
    rows, cols = len(tray), len(tray[0])
    first_row_hit = any(v == 0 for v in tray[0])
    first_col_hit = any(tray[r][0] == 0 for r in range(rows))
    # Mark affected rows and columns in the first column and first row, from original zeros only.
    for r in range(1, rows):
        for c in range(1, cols):
            if tray[r][c] == 0:
                tray[r][0] = 0
                tray[0][c] = 0
    for r in range(1, rows):
        for c in range(1, cols):
            if tray[r][0] == 0 or tray[0][c] == 0:
                tray[r][c] = 0
    # The markers are read; now the first row and column can be cleared.
    if first_row_hit:
        tray[0] = [0] * cols
    if first_col_hit:
        for r in range(rows):
            tray[r][0] = 0
    return tray

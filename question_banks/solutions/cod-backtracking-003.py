def count_queen_layouts(board: list[str]) -> int:
    n = len(board)
    full = (1 << n) - 1
    # Bit c of open_cells[r] is set when column c of row r is usable.
    open_cells = [sum(1 << c for c, ch in enumerate(row) if ch == ".") for row in board]

    def place(row: int, cols: int, diag: int, anti: int) -> int:
        if row == n:
            return 1
        total = 0
        free = open_cells[row] & ~(cols | diag | anti) & full
        while free:
            bit = free & -free
            free ^= bit
            total += place(row + 1, cols | bit, ((diag | bit) << 1) & full, (anti | bit) >> 1)
        return total

    return place(0, 0, 0, 0)

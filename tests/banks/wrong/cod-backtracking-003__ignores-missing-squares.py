"""Row-by-row n-queens with column and diagonal sets that never looks at the board's missing squares."""

BREAKS = "missing-squares-unusable"


def count_queen_layouts(board: list[str]) -> int:
    n = len(board)
    cols: set[int] = set()
    diag: set[int] = set()
    anti: set[int] = set()

    def place(row: int) -> int:
        if row == n:
            return 1
        total = 0
        for c in range(n):
            if c in cols or row - c in diag or row + c in anti:
                continue
            cols.add(c)
            diag.add(row - c)
            anti.add(row + c)
            total += place(row + 1)
            cols.discard(c)
            diag.discard(row - c)
            anti.discard(row + c)
        return total

    return place(0)

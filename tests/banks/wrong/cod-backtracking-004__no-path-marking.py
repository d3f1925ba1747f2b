"""Depth-first search without marking the current path, so a trace can step back onto a tile."""

BREAKS = "no-reuse"


def can_trace(board: list[str], word: str) -> bool:
    rows, cols = len(board), len(board[0])

    def extend(r: int, c: int, k: int) -> bool:
        if k == len(word) - 1:
            return True
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and board[nr][nc] == word[k + 1] and extend(nr, nc, k + 1):
                return True
        return False

    return any(board[r][c] == word[0] and extend(r, c, 0) for r in range(rows) for c in range(cols))

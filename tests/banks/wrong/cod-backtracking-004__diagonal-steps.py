"""Backtracking over all eight surrounding tiles, diagonals included."""

BREAKS = "edge-neighbours"


def can_trace(board: list[str], word: str) -> bool:
    rows, cols = len(board), len(board[0])
    used = set()

    def extend(r: int, c: int, k: int) -> bool:
        if k == len(word) - 1:
            return True
        used.add((r, c))
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                nr, nc = r + dr, c + dc
                if (
                    0 <= nr < rows
                    and 0 <= nc < cols
                    and (nr, nc) not in used
                    and board[nr][nc] == word[k + 1]
                    and extend(nr, nc, k + 1)
                ):
                    return True
        used.discard((r, c))
        return False

    return any(board[r][c] == word[0] and extend(r, c, 0) for r in range(rows) for c in range(cols))

"""Marks tiles in one visited set shared by every trace and never unmarks them."""

BREAKS = "release-tiles"


def can_trace(board: list[str], word: str) -> bool:
    rows, cols = len(board), len(board[0])
    seen = set()

    def extend(r: int, c: int, k: int) -> bool:
        if k == len(word) - 1:
            return True
        seen.add((r, c))
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if (
                0 <= nr < rows
                and 0 <= nc < cols
                and (nr, nc) not in seen
                and board[nr][nc] == word[k + 1]
                and extend(nr, nc, k + 1)
            ):
                return True
        return False

    return any(
        board[r][c] == word[0] and (r, c) not in seen and extend(r, c, 0) for r in range(rows) for c in range(cols)
    )

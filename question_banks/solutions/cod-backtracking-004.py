def can_trace(board: list[str], word: str) -> bool:
    rows, cols = len(board), len(board[0])
    used = [[False] * cols for _ in range(rows)]

    def extend(r: int, c: int, k: int) -> bool:
        # tile (r, c) holds word[k] and is on the path
        if k == len(word) - 1:
            return True
        used[r][c] = True
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if (
                0 <= nr < rows
                and 0 <= nc < cols
                and not used[nr][nc]
                and board[nr][nc] == word[k + 1]
                and extend(nr, nc, k + 1)
            ):
                used[r][c] = False
                return True
        used[r][c] = False  # release the tile for other partial traces
        return False

    return any(board[r][c] == word[0] and extend(r, c, 0) for r in range(rows) for c in range(cols))

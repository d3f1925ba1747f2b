def column_reports(tree: list[int | None]) -> list[list[int]]:
    if not tree or tree[0] is None:
        return []
    cells: dict[int, list[tuple[int, int]]] = {}  # column -> (depth, value) pairs
    level = [(tree[0], 0)]  # (value, column) of the present nodes on this depth
    pos, depth = 1, 0
    while level:
        nxt = []
        for value, col in level:
            cells.setdefault(col, []).append((depth, value))
            for offset in (-1, 1):
                if pos < len(tree):
                    if tree[pos] is not None:
                        nxt.append((tree[pos], col + offset))
                    pos += 1
        level = nxt
        depth += 1
    return [[v for _, v in sorted(cells[c])] for c in sorted(cells)]

"""Groups by column but sorts each column by value alone, ignoring depth."""

BREAKS = "top-to-bottom"


def column_reports(tree: list[int | None]) -> list[list[int]]:
    if not tree or tree[0] is None:
        return []
    columns: dict[int, list[int]] = {}
    level = [(tree[0], 0)]
    pos = 1
    while level:
        nxt = []
        for value, col in level:
            columns.setdefault(col, []).append(value)
            for offset in (-1, 1):
                if pos < len(tree):
                    if tree[pos] is not None:
                        nxt.append((tree[pos], col + offset))
                    pos += 1
        level = nxt
    return [sorted(columns[c]) for c in sorted(columns)]

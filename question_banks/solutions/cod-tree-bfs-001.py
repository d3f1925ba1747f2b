def level_spreads(tree: list[int | None]) -> list[int]:
    if not tree or tree[0] is None:
        return []
    # Every node of the current level owns the next two entries of the list (its children).
    result = []
    level = [tree[0]]
    pos = 1
    while level:
        result.append(max(level) - min(level))
        nxt = []
        for _ in range(len(level)):
            for _side in range(2):
                if pos < len(tree):
                    if tree[pos] is not None:
                        nxt.append(tree[pos])
                    pos += 1
        level = nxt
    return result

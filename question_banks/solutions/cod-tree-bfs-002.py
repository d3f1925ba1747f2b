def widest_level(tree: list[int | None]) -> int:
    if not tree or tree[0] is None:
        return 0
    best = 1
    level = [0]  # slot numbers of this level's nodes, left to right
    pos = 1
    while level:
        best = max(best, level[-1] - level[0] + 1)
        base = level[0]
        nxt = []
        for slot in level:
            slot -= base  # renumber from 0 so slot numbers stay small
            for child in (2 * slot, 2 * slot + 1):
                if pos < len(tree):
                    if tree[pos] is not None:
                        nxt.append(child)
                    pos += 1
        level = nxt
    return best

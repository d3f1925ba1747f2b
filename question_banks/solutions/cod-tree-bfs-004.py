def visible_from_east(tree: list[int | None]) -> list[int]:
    if not tree or tree[0] is None:
        return []
    seen = []
    level = [tree[0]]  # values of the present nodes on the current floor, left to right
    pos = 1
    while level:
        seen.append(level[-1])
        nxt = []
        # Each present node on this floor takes the next two list entries as its children.
        for _ in level:
            for _side in range(2):
                if pos < len(tree):
                    if tree[pos] is not None:
                        nxt.append(tree[pos])
                    pos += 1
        level = nxt
    return seen

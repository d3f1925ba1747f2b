"""Breadth-first walk that measures a level by its number of nodes, ignoring the empty desks between them."""

BREAKS = "empty-desks-count"


def widest_level(tree: list[int | None]) -> int:
    if not tree or tree[0] is None:
        return 0
    level, pos, best = 1, 1, 1
    while level and pos < len(tree):
        children = 0
        for _ in range(2 * level):
            if pos < len(tree):
                children += tree[pos] is not None
                pos += 1
        best = max(best, children)
        level = children
    return best

"""Walks down from the root taking the right child when there is one, else the left: misses deeper left rooms."""

BREAKS = "deeper-left-visible"


def visible_from_east(tree: list[int | None]) -> list[int]:
    if not tree or tree[0] is None:
        return []
    left: dict[int, int] = {}
    right: dict[int, int] = {}
    queue = [0]
    head, pos = 0, 1
    while head < len(queue) and pos < len(tree):
        node = queue[head]
        head += 1
        for links in (left, right):
            if pos < len(tree):
                if tree[pos] is not None:
                    links[node] = pos
                    queue.append(pos)
                pos += 1
    seen = []
    node = 0
    while node is not None:
        seen.append(tree[node])
        node = right.get(node, left.get(node))
    return seen

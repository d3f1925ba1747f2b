"""The textbook recursive post-order search: right on shallow charts, RecursionError on a deep one."""

import sys

BREAKS = "too-slow"
RAISES = "RecursionError"  # the large case is deeper than the interpreter's stack allows


def lowest_shared_manager(tree: list[int | None], a: int, b: int) -> int:
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

    def search(node: int | None) -> int | None:
        if node is None or tree[node] in (a, b):
            return node
        found_left = search(left.get(node))
        found_right = search(right.get(node))
        if found_left is not None and found_right is not None:
            return node
        return found_left if found_left is not None else found_right

    sys.setrecursionlimit(10000)
    return tree[search(0)]

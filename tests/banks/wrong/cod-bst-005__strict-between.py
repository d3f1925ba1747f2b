"""Stops only when the node's key lies strictly between the keys, so it walks past a key that is the answer."""

BREAKS = "own-ancestor"
RAISES = "KeyError"


def lowest_shared_ancestor_key(tree: list[int | None], a: int, b: int) -> int:
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
    low, high = min(a, b), max(a, b)
    node = 0
    while True:
        key = tree[node]
        if high <= key:
            node = left[node]
        elif low >= key:
            node = right[node]
        else:
            return key

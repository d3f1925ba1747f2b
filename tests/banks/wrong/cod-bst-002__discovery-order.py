"""Finds the two out-of-order labels in an in-order walk but returns them in the order found."""

BREAKS = "smaller-first"


def swapped_pair(tree: list[int | None]) -> list[int]:
    left: dict[int, int] = {}
    right: dict[int, int] = {}
    queue, pos = [0], 1
    for node in queue:
        for side in (left, right):
            if pos < len(tree):
                if tree[pos] is not None:
                    side[node] = pos
                    queue.append(pos)
                pos += 1
    order, stack, cur = [], [], 0
    while stack or cur is not None:
        while cur is not None:
            stack.append(cur)
            cur = left.get(cur)
        cur = stack.pop()
        order.append(tree[cur])
        cur = right.get(cur)
    drops = [i for i in range(len(order) - 1) if order[i] > order[i + 1]]
    return [order[drops[0]], order[drops[-1] + 1]]

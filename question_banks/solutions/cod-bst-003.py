def kth_smallest_key(tree: list[int | None], k: int) -> int:
    n = len(tree)
    left: dict[int, int] = {}
    right: dict[int, int] = {}
    queue = [0]
    head, pos = 0, 1
    while head < len(queue) and pos < n:
        node = queue[head]
        head += 1
        for links in (left, right):
            if pos < n:
                if tree[pos] is not None:
                    links[node] = pos
                    queue.append(pos)
                pos += 1
    # Iterative in-order walk that stops at the k-th visited key.
    stack = []
    node = 0
    while True:
        while node is not None:
            stack.append(node)
            node = left.get(node)
        node = stack.pop()
        k -= 1
        if k == 0:
            return tree[node]
        node = right.get(node)

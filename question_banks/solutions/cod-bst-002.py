def swapped_pair(tree: list[int | None]) -> list[int]:
    n = len(tree)
    # Rebuild child links (as indices into `tree`) from the level-order list.
    left = {}
    right = {}
    parents = [0]
    head, pos = 0, 1
    while head < len(parents) and pos < n:
        node = parents[head]
        head += 1
        for links in (left, right):
            if pos < n:
                if tree[pos] is not None:
                    links[node] = pos
                    parents.append(pos)
                pos += 1
    # Iterative in-order walk; a BST's in-order sequence is sorted, so look for descents.
    first = second = None
    prev = None
    stack = []
    node = 0
    while stack or node is not None:
        while node is not None:
            stack.append(node)
            node = left.get(node)
        node = stack.pop()
        value = tree[node]
        if prev is not None and prev > value:
            if first is None:
                first = prev
            second = value
        prev = value
        node = right.get(node)
    return sorted([first, second])

def lowest_shared_ancestor_key(tree: list[int | None], a: int, b: int) -> int:
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
    low, high = min(a, b), max(a, b)
    node = 0
    # Walk down while both keys lie on the same side; the first split (or a hit) is the answer.
    while True:
        key = tree[node]
        if high < key:
            node = left[node]
        elif low > key:
            node = right[node]
        else:
            return key

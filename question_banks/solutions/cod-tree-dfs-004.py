def lowest_shared_manager(tree: list[int | None], a: int, b: int) -> int:
    # Decode the level-order list, remembering each label's parent label.
    parent = {tree[0]: None}
    queue = [tree[0]]
    head, pos = 0, 1
    while head < len(queue) and pos < len(tree):
        node = queue[head]
        head += 1
        for _side in range(2):
            if pos < len(tree):
                if tree[pos] is not None:
                    parent[tree[pos]] = node
                    queue.append(tree[pos])
                pos += 1
    # Mark a's chain of managers (a included), then climb from b to the first marked one.
    above_a = set()
    node = a
    while node is not None:
        above_a.add(node)
        node = parent[node]
    node = b
    while node not in above_a:
        node = parent[node]
    return node

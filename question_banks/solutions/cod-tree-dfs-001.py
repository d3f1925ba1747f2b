def count_trail_paths(tree: list, target: int) -> int:
    if not tree or tree[0] is None:
        return 0
    # Decode the level-order list into child index arrays.
    vals, left, right = [tree[0]], [-1], [-1]
    pos, parent = 1, 0
    while pos < len(tree) and parent < len(vals):
        for side in (left, right):
            if pos < len(tree) and tree[pos] is not None:
                side[parent] = len(vals)
                vals.append(tree[pos])
                left.append(-1)
                right.append(-1)
            pos += 1
        parent += 1
    count = 0
    stack = [(0, vals[0])]
    while stack:
        node, total = stack.pop()
        if left[node] == -1 and right[node] == -1:
            count += total == target
            continue
        for child in (left[node], right[node]):
            if child != -1:
                stack.append((child, total + vals[child]))
    return count

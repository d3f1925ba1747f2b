def is_mirror_symmetric(tree: list[int | None]) -> bool:
    if not tree or tree[0] is None:
        return True
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
    # Compare mirrored pairs with an explicit stack: (a's left, b's right) and (a's right, b's left).
    stack = [(left[0], right[0])]
    while stack:
        a, b = stack.pop()
        if a == -1 or b == -1:
            if a != b:
                return False
            continue
        if vals[a] != vals[b]:
            return False
        stack.append((left[a], right[b]))
        stack.append((right[a], left[b]))
    return True

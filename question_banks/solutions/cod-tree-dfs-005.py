def _encode(tree: list) -> str:
    if not tree or tree[0] is None:
        return "#"
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
    tokens = []
    stack = [0]  # -1 stands for a missing child
    while stack:
        node = stack.pop()
        if node == -1:
            tokens.append("#")
            continue
        tokens.append(str(vals[node]))
        stack.append(right[node])
        stack.append(left[node])
    return " ".join(tokens)


def _decode(text: str) -> list:
    tokens = text.split()
    if tokens[0] == "#":
        return []
    vals, left, right = [int(tokens[0])], [-1], [-1]
    # Each stack entry is a node still waiting for a child: [node, 0 = left next / 1 = right next].
    stack = [[0, 0]]
    for token in tokens[1:]:
        node, side = stack[-1]
        child = -1
        if token != "#":
            child = len(vals)
            vals.append(int(token))
            left.append(-1)
            right.append(-1)
        (left if side == 0 else right)[node] = child
        if side == 0:
            stack[-1][1] = 1
        else:
            stack.pop()
        if child != -1:
            stack.append([child, 0])
    out = []
    queue = [0]
    head = 0
    while head < len(queue):
        node = queue[head]
        head += 1
        if node == -1:
            out.append(None)
            continue
        out.append(vals[node])
        queue.append(left[node])
        queue.append(right[node])
    while out and out[-1] is None:
        out.pop()
    return out


def run_codec(ops: list[str], args: list[list]) -> list:
    return [_encode(a[0]) if op == "encode" else _decode(a[0]) for op, a in zip(ops, args)]

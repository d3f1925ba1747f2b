"""Decodes correctly but returns the level-order list with the leaves' missing children still at the end."""

BREAKS = "canonical-level-order"


def _decode(text: str) -> list:
    tokens = text.split()
    if tokens[0] == "#":
        return []
    vals, left, right = [int(tokens[0])], [-1], [-1]
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
    return out


def run_codec(ops: list[str], args: list[list]) -> list:
    return [_decode(a[0]) if op == "decode" else "" for op, a in zip(ops, args)]

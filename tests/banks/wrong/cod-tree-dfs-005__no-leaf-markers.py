"""Encodes a leaf as its value alone, dropping the two `#` markers of its missing children."""

BREAKS = "mark-every-missing-child"


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
    stack = [0]
    while stack:
        node = stack.pop()
        if node == -1:
            tokens.append("#")
            continue
        tokens.append(str(vals[node]))
        if left[node] == -1 and right[node] == -1:
            continue
        stack.append(right[node])
        stack.append(left[node])
    return " ".join(tokens)


def run_codec(ops: list[str], args: list[list]) -> list:
    return [_encode(a[0]) if op == "encode" else [] for op, a in zip(ops, args)]

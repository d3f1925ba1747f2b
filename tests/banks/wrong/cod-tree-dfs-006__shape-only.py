"""Checks that the shape is mirrored but never compares the colours."""

BREAKS = "colours-must-match"


def is_mirror_symmetric(tree: list[int | None]) -> bool:
    if not tree or tree[0] is None:
        return True
    left, right = [-1], [-1]
    pos, parent, count = 1, 0, 1
    while pos < len(tree) and parent < count:
        for side in (left, right):
            if pos < len(tree) and tree[pos] is not None:
                side[parent] = count
                count += 1
                left.append(-1)
                right.append(-1)
            pos += 1
        parent += 1
    stack = [(left[0], right[0])]
    while stack:
        a, b = stack.pop()
        if a == -1 or b == -1:
            if a != b:
                return False
            continue
        stack.append((left[a], right[b]))
        stack.append((right[a], left[b]))
    return True

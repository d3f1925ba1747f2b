def rebuild_from_preorder(preorder: list[int]) -> list[int | None]:
    if not preorder:
        return []
    left = [-1] * len(preorder)
    right = [-1] * len(preorder)
    # The stack holds the path of nodes that may still receive a right child, keys decreasing upward.
    stack = [0]
    for i in range(1, len(preorder)):
        key = preorder[i]
        if key < preorder[stack[-1]]:
            left[stack[-1]] = i
        else:
            last = stack.pop()
            while stack and preorder[stack[-1]] < key:
                last = stack.pop()
            right[last] = i
        stack.append(i)
    out = []
    queue = [0]
    head = 0
    while head < len(queue):
        node = queue[head]
        head += 1
        if node == -1:
            out.append(None)
            continue
        out.append(preorder[node])
        queue.append(left[node])
        queue.append(right[node])
    while out[-1] is None:
        out.pop()
    return out

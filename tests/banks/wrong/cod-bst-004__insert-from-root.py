"""Right answers, but inserts every key from the root: O(n) per key on a chain, O(n^2) overall."""

BREAKS = "too-slow"


def rebuild_from_preorder(preorder: list[int]) -> list[int | None]:
    if not preorder:
        return []
    left = [-1] * len(preorder)
    right = [-1] * len(preorder)
    for i in range(1, len(preorder)):
        node = 0
        while True:
            side = left if preorder[i] < preorder[node] else right
            if side[node] == -1:
                side[node] = i
                break
            node = side[node]
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

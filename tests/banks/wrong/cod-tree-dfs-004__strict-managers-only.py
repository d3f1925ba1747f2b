"""Starts both climbs at the managers' managers, so it never answers a or b themselves."""

BREAKS = "manages-themselves"


def lowest_shared_manager(tree: list[int | None], a: int, b: int) -> int:
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
    above_a = set()
    node = parent[a] if parent[a] is not None else a
    while node is not None:
        above_a.add(node)
        node = parent[node]
    node = parent[b] if parent[b] is not None else b
    while node not in above_a:
        node = parent[node]
    return node

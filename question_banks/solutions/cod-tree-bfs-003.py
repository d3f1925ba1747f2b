from collections import deque


def spread_minutes(tree: list[int | None], start: int) -> int:
    adj: dict[int, list[int]] = {tree[0]: []}
    parents = deque([tree[0]])
    pos = 1
    while parents and pos < len(tree):
        node = parents.popleft()
        for _side in range(2):
            if pos < len(tree):
                child = tree[pos]
                pos += 1
                if child is not None:
                    adj[child] = [node]
                    adj[node].append(child)
                    parents.append(child)
    dist = {start: 0}
    queue = deque([start])
    last = 0
    while queue:
        node = queue.popleft()
        last = dist[node]
        for nb in adj[node]:
            if nb not in dist:
                dist[nb] = last + 1
                queue.append(nb)
    return last

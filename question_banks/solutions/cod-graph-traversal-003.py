from collections import deque


def min_team_size(n: int, rivalries: list[list[int]]) -> int:
    adj = [[] for _ in range(n)]
    for a, b in rivalries:
        adj[a].append(b)
        adj[b].append(a)
    side = [-1] * n
    total = 0
    for s in range(n):
        if side[s] != -1:
            continue
        side[s] = 0
        sizes = [1, 0]
        queue = deque([s])
        while queue:
            u = queue.popleft()
            for v in adj[u]:
                if side[v] == -1:
                    side[v] = 1 - side[u]
                    sizes[side[v]] += 1
                    queue.append(v)
                elif side[v] == side[u]:
                    return -1
        # Each component can be flipped independently, so send its smaller side to team A.
        total += min(sizes)
    return total

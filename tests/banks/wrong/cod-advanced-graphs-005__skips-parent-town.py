"""Tarjan's low-link search that skips every road back to the parent town, so parallel roads look critical."""

BREAKS = "parallel-roads"


def critical_roads(n: int, roads: list[list[int]]) -> list[list[int]]:
    adj = [[] for _ in range(n)]
    for a, b in roads:
        adj[a].append(b)
        adj[b].append(a)
    disc = [0] * n
    low = [0] * n
    timer = 1
    found = set()
    for root in range(n):
        if disc[root]:
            continue
        disc[root] = low[root] = timer
        timer += 1
        stack = [[root, -1, 0]]
        while stack:
            frame = stack[-1]
            v, parent, i = frame
            if i < len(adj[v]):
                frame[2] += 1
                w = adj[v][i]
                if w == parent:
                    continue
                if disc[w]:
                    low[v] = min(low[v], disc[w])
                else:
                    disc[w] = low[w] = timer
                    timer += 1
                    stack.append([w, v, 0])
            else:
                stack.pop()
                if stack:
                    u = stack[-1][0]
                    low[u] = min(low[u], low[v])
                    if low[v] > disc[u]:
                        found.add((min(u, v), max(u, v)))
    return [list(p) for p in sorted(found)]

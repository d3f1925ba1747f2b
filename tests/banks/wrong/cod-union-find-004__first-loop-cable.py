"""Finds the loop by peeling off leaves, then returns the loop cable listed first instead of last."""

BREAKS = "last-listed"


def cable_to_remove(n: int, cables: list[list[int]]) -> list[int]:
    degree = [0] * n
    adj = [[] for _ in range(n)]
    for i, (a, b) in enumerate(cables):
        degree[a] += 1
        degree[b] += 1
        adj[a].append((b, i))
        adj[b].append((a, i))
    removed = [False] * len(cables)
    leaves = [v for v in range(n) if degree[v] == 1]
    while leaves:
        v = leaves.pop()
        for w, i in adj[v]:
            if not removed[i]:
                removed[i] = True
                degree[w] -= 1
                if degree[w] == 1:
                    leaves.append(w)
    return next(c for i, c in enumerate(cables) if not removed[i])

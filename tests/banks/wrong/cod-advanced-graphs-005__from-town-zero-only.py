"""Correct low-link search, but started only from town 0, so other parts of a split region are skipped."""

import sys

BREAKS = "disconnected"


def critical_roads(n: int, roads: list[list[int]]) -> list[list[int]]:
    sys.setrecursionlimit(10000)
    adj = [[] for _ in range(n)]
    for index, (a, b) in enumerate(roads):
        adj[a].append((b, index))
        adj[b].append((a, index))
    disc = [0] * n
    low = [0] * n
    found = []
    counter = [1]

    def dfs(v: int, arrived_by: int) -> None:
        disc[v] = low[v] = counter[0]
        counter[0] += 1
        for w, index in adj[v]:
            if index == arrived_by:
                continue
            if disc[w]:
                low[v] = min(low[v], disc[w])
            else:
                dfs(w, index)
                low[v] = min(low[v], low[w])
                if low[w] > disc[v]:
                    found.append(sorted((v, w)))

    dfs(0, -1)
    return sorted(found)

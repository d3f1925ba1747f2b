"""Kahn's algorithm with a FIFO queue seeded in increasing order: valid, but not the smallest order."""

from collections import deque

BREAKS = "smallest-order"


def build_order(n: int, deps: list[list[int]]) -> list[int]:
    adj = [[] for _ in range(n)]
    indeg = [0] * n
    for a, b in deps:
        adj[a].append(b)
        indeg[b] += 1
    queue = deque(i for i in range(n) if indeg[i] == 0)
    out = []
    while queue:
        v = queue.popleft()
        out.append(v)
        for w in sorted(adj[v]):
            indeg[w] -= 1
            if indeg[w] == 0:
                queue.append(w)
    return out if len(out) == n else []

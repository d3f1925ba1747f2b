"""Kahn's algorithm that scans all plugins for the smallest available one each step: right order, O(n^2)."""

BREAKS = "too-slow"


def build_order(n: int, deps: list[list[int]]) -> list[int]:
    adj = [[] for _ in range(n)]
    indeg = [0] * n
    for a, b in deps:
        adj[a].append(b)
        indeg[b] += 1
    done = [False] * n
    out = []
    for _ in range(n):
        pick = next((v for v in range(n) if not done[v] and indeg[v] == 0), None)
        if pick is None:
            return []
        done[pick] = True
        out.append(pick)
        for w in adj[pick]:
            indeg[w] -= 1
    return out

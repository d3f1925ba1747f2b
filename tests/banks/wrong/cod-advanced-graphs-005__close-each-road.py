"""Closes each road in turn and checks whether its two towns still connect: O(m * (n + m))."""

BREAKS = "too-slow"


def critical_roads(n: int, roads: list[list[int]]) -> list[list[int]]:
    adj = [[] for _ in range(n)]
    for index, (a, b) in enumerate(roads):
        adj[a].append((b, index))
        adj[b].append((a, index))
    found = []
    for closed, (a, b) in enumerate(roads):
        seen, stack = {a}, [a]
        while stack:
            v = stack.pop()
            for w, index in adj[v]:
                if index != closed and w not in seen:
                    seen.add(w)
                    stack.append(w)
        if b not in seen:
            found.append([min(a, b), max(a, b)])
    return sorted(found)

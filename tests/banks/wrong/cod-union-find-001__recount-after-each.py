"""Recounts groups with a fresh graph search after every introduction: right counts, O(m (n + m))."""

BREAKS = "too-slow"


def groups_after_each(n: int, links: list[list[int]]) -> list[int]:
    adj: list[list[int]] = [[] for _ in range(n)]
    out = []
    for a, b in links:
        adj[a].append(b)
        adj[b].append(a)
        seen = [False] * n
        groups = 0
        for s in range(n):
            if seen[s]:
                continue
            groups += 1
            seen[s] = True
            stack = [s]
            while stack:
                v = stack.pop()
                for w in adj[v]:
                    if not seen[w]:
                        seen[w] = True
                        stack.append(w)
        out.append(groups)
    return out

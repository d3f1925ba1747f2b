"""A fresh graph search per query over the roads below its limit: right answers, O(q (n + m))."""

BREAKS = "too-slow"


def limited_reach(n: int, roads: list[list[int]], queries: list[list[int]]) -> list[bool]:
    answers = []
    for a, b, limit in queries:
        adj: dict[int, list[int]] = {}
        for u, v, w in roads:
            if w < limit:
                adj.setdefault(u, []).append(v)
                adj.setdefault(v, []).append(u)
        seen, stack = {a}, [a]
        while stack:
            x = stack.pop()
            for y in adj.get(x, []):
                if y not in seen:
                    seen.add(y)
                    stack.append(y)
        answers.append(b in seen)
    return answers

"""Offline union-find that admits roads rated at most the load instead of strictly below it."""

BREAKS = "strictly-less"


def limited_reach(n: int, roads: list[list[int]], queries: list[list[int]]) -> list[bool]:
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    roads = sorted(roads, key=lambda r: r[2])
    answers = [False] * len(queries)
    i = 0
    for q in sorted(range(len(queries)), key=lambda q: queries[q][2]):
        a, b, limit = queries[q]
        while i < len(roads) and roads[i][2] <= limit:
            parent[find(roads[i][0])] = find(roads[i][1])
            i += 1
        answers[q] = find(a) == find(b)
    return answers

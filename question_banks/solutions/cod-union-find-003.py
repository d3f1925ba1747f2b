def limited_reach(n: int, roads: list[list[int]], queries: list[list[int]]) -> list[bool]:
    parent = list(range(n))
    size = [1] * n

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    roads = sorted(roads, key=lambda r: r[2])
    order = sorted(range(len(queries)), key=lambda i: queries[i][2])
    answers = [False] * len(queries)
    j = 0
    for i in order:
        a, b, limit = queries[i]
        # Add every road lighter than this query's limit; later queries only add more.
        while j < len(roads) and roads[j][2] < limit:
            ra, rb = find(roads[j][0]), find(roads[j][1])
            if ra != rb:
                if size[ra] < size[rb]:
                    ra, rb = rb, ra
                parent[rb] = ra
                size[ra] += size[rb]
            j += 1
        answers[i] = find(a) == find(b)
    return answers

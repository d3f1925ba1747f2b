def cheapest_network(n: int, existing: list[list[int]], options: list[list[int]]) -> int:
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    groups = n
    for a, b in existing:  # already built: merge for free
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
            groups -= 1
    total = 0
    for a, b, cost in sorted(options, key=lambda o: o[2]):  # Kruskal on the rest
        if groups == 1:
            break
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
            groups -= 1
            total += cost
    return total if groups == 1 else -1

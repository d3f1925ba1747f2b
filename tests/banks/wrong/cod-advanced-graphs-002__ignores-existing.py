"""Kruskal over the options alone, as if the existing links were not there."""

BREAKS = "existing-links-free"


def cheapest_network(n: int, existing: list[list[int]], options: list[list[int]]) -> int:
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    total, parts = 0, n
    for a, b, cost in sorted(options, key=lambda o: o[2]):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
            total, parts = total + cost, parts - 1
    return total if parts == 1 else -1

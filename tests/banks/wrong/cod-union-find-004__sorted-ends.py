"""Finds the right cable but reports its ends smallest first instead of as written."""

BREAKS = "as-given"


def cable_to_remove(n: int, cables: list[list[int]]) -> list[int]:
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in cables:
        ra, rb = find(a), find(b)
        if ra == rb:
            return sorted([a, b])
        parent[ra] = rb
    return []

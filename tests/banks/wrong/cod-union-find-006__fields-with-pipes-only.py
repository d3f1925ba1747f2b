"""Counts networks among the fields that appear in some pipe, forgetting fields with no pipes."""

BREAKS = "isolated-fields"


def count_networks(n: int, pipes: list[list[int]]) -> int:
    parent = {}

    def find(x: int) -> int:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pipes:
        parent[find(a)] = find(b)
    return len({find(x) for x in list(parent)})

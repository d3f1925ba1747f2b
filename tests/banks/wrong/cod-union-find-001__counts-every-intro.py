"""Union-find that merges without checking the roots differ, so repeated introductions lower the count."""

BREAKS = "repeat-intros"


def groups_after_each(n: int, intros: list[list[int]]) -> list[int]:
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    groups, out = n, []
    for a, b in intros:
        parent[find(a)] = find(b)
        groups -= 1
        out.append(max(groups, 1))
    return out

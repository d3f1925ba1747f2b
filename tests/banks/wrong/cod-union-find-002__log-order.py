"""Union-find over the events in log order, reporting the time of the event that completes the mesh."""

BREAKS = "unsorted-logs"


def earliest_all_connected(n: int, logs: list[list[int]]) -> int:
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    parts = n
    for t, a, b in logs:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
            parts -= 1
            if parts == 1:
                return t
    return -1

"""Links the roots for every pipe and lowers the count each time, even when the fields were already joined."""

BREAKS = "repeated-pipes"


def count_networks(n: int, pipes: list[list[int]]) -> int:
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            x = parent[x]
        return x

    networks = n
    for a, b in pipes:
        parent[find(a)] = find(b)
        networks -= 1
    return networks

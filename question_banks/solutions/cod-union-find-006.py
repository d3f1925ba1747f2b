def count_networks(n: int, pipes: list[list[int]]) -> int:
    parent = list(range(n))
    size = [1] * n

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    networks = n  # every field starts as its own network
    for a, b in pipes:
        ra, rb = find(a), find(b)
        if ra == rb:
            continue  # already connected: repeated pipe or a self pipe
        if size[ra] < size[rb]:
            ra, rb = rb, ra
        parent[rb] = ra
        size[ra] += size[rb]
        networks -= 1
    return networks

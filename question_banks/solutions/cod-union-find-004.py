def cable_to_remove(n: int, cables: list[list[int]]) -> list[int]:
    parent = list(range(n))
    size = [1] * n

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    answer = []
    for a, b in cables:
        ra, rb = find(a), find(b)
        if ra == rb:
            answer = [a, b]  # closes the cycle; a later such cable would win, but there is only one cycle
            continue
        if size[ra] < size[rb]:
            ra, rb = rb, ra
        parent[rb] = ra
        size[ra] += size[rb]
    return answer

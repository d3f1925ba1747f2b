def shortest_pull(items: list[int], box_size: int) -> int:
    n = len(items)
    need = sum(items) % box_size
    if need == 0:
        return 0
    last = {0: 0}  # prefix remainder -> latest index j with that prefix remainder
    best = n
    prefix = 0
    for j in range(1, n + 1):
        prefix = (prefix + items[j - 1]) % box_size
        start = last.get((prefix - need) % box_size)
        if start is not None:
            best = min(best, j - start)  # the latest start gives the shortest run ending here
        last[prefix] = j
    return -1 if best == n else best

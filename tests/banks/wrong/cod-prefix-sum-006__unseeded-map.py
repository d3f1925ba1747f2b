"""Starts the remainder map empty, so no run beginning at the first crate is ever found."""

BREAKS = "runs-from-start"


def shortest_pull(items: list[int], box_size: int) -> int:
    n = len(items)
    need = sum(items) % box_size
    if need == 0:
        return 0
    last: dict[int, int] = {}
    best = n
    prefix = 0
    for j in range(1, n + 1):
        prefix = (prefix + items[j - 1]) % box_size
        start = last.get((prefix - need) % box_size)
        if start is not None:
            best = min(best, j - start)
        last[prefix] = j
    return -1 if best == n else best

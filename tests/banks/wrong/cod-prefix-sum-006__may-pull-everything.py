"""Finds the shortest qualifying run but forgets that at least one crate must ship."""

BREAKS = "keep-one-crate"


def shortest_pull(items: list[int], box_size: int) -> int:
    need = sum(items) % box_size
    if need == 0:
        return 0
    last = {0: 0}
    best = None
    prefix = 0
    for j in range(1, len(items) + 1):
        prefix = (prefix + items[j - 1]) % box_size
        start = last.get((prefix - need) % box_size)
        if start is not None and (best is None or j - start < best):
            best = j - start
        last[prefix] = j
    return -1 if best is None else best

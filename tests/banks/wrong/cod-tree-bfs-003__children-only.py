"""Measures the depth of the start room's subtree, as if the alarm could not travel to a parent."""

BREAKS = "alarm-goes-up"


def spread_minutes(tree: list[int | None], start: int) -> int:
    kids: dict[int, list[int]] = {}
    queue, pos = [0], 1
    for node in queue:
        for _ in range(2):
            if pos < len(tree):
                if tree[pos] is not None:
                    kids.setdefault(node, []).append(pos)
                    queue.append(pos)
                pos += 1
    frontier, minutes = [tree.index(start)], 0
    while True:
        frontier = [c for v in frontier for c in kids.get(v, [])]
        if not frontier:
            return minutes
        minutes += 1

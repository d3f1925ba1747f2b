"""Diameter as the number of switches on the longest path instead of the number of cables."""

BREAKS = "edges-not-nodes"


def longest_cable_run(tree: list) -> int:
    if not tree or tree[0] is None:
        return 0
    kids: dict[int, list[int]] = {}
    queue, pos = [0], 1
    for node in queue:
        for _ in range(2):
            if pos < len(tree):
                if tree[pos] is not None:
                    kids.setdefault(node, []).append(pos)
                    queue.append(pos)
                pos += 1
    height, best = {}, 0
    for node in reversed(queue):
        hs = sorted((height[c] for c in kids.get(node, [])), reverse=True) + [0, 0]
        height[node] = 1 + hs[0]
        best = max(best, 1 + hs[0] + hs[1])
    return best

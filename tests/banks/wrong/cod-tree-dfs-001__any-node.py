"""Counts root-to-node paths that reach the target, whether or not they end at a leaf."""

BREAKS = "leaf-trails-only"


def count_trail_paths(tree: list, target: int) -> int:
    if not tree or tree[0] is None:
        return 0
    sums, queue, pos, count = {0: tree[0]}, [0], 1, 0
    for node in queue:
        count += sums[node] == target
        for _ in range(2):
            if pos < len(tree):
                if tree[pos] is not None:
                    sums[pos] = sums[node] + tree[pos]
                    queue.append(pos)
                pos += 1
    return count

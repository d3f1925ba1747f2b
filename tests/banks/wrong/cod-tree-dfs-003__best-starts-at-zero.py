"""Maximum path sum whose global best starts at 0, as if an empty trail were allowed."""

BREAKS = "at-least-one-viewpoint"


def best_trail_score(tree: list) -> int:
    kids: dict[int, list[int]] = {}
    queue, pos = [0], 1
    for node in queue:
        for _ in range(2):
            if pos < len(tree):
                if tree[pos] is not None:
                    kids.setdefault(node, []).append(pos)
                    queue.append(pos)
                pos += 1
    down, best = {}, 0
    for node in reversed(queue):
        gains = sorted((max(down[c], 0) for c in kids.get(node, [])), reverse=True) + [0, 0]
        down[node] = tree[node] + gains[0]
        best = max(best, tree[node] + gains[0] + gains[1])
    return best

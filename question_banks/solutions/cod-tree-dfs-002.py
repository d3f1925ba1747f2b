def longest_cable_run(tree: list) -> int:
    if not tree or tree[0] is None:
        return 0
    vals, left, right = [tree[0]], [-1], [-1]
    pos, parent = 1, 0
    while pos < len(tree) and parent < len(vals):
        for side in (left, right):
            if pos < len(tree) and tree[pos] is not None:
                side[parent] = len(vals)
                vals.append(tree[pos])
                left.append(-1)
                right.append(-1)
            pos += 1
        parent += 1
    # Nodes were numbered in level order, so children always have larger indices:
    # walking indices backwards is a valid post-order for height computations.
    height = [0] * len(vals)  # edges on the longest downward path
    best = 0
    for node in range(len(vals) - 1, -1, -1):
        down = [height[c] + 1 for c in (left[node], right[node]) if c != -1]
        height[node] = max(down, default=0)
        best = max(best, sum(down))
    return best

def best_trail_score(tree: list) -> int:
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
    gain = [0] * len(vals)  # best sum of a path that starts here and goes down
    best = vals[0]
    for node in range(len(vals) - 1, -1, -1):  # children before parents
        lg = max(gain[left[node]], 0) if left[node] != -1 else 0
        rg = max(gain[right[node]], 0) if right[node] != -1 else 0
        gain[node] = vals[node] + max(lg, rg)
        best = max(best, vals[node] + lg + rg)
    return best

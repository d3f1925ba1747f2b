def is_valid_shelf(tree: list[int | None]) -> bool:
    if not tree or tree[0] is None:
        return True
    # Walk the level-order list, giving each node the open interval its value must respect:
    # low <= value < high (left children tighten high, right children tighten low).
    inf = float("inf")
    bounds = [(-inf, inf)]  # bounds of the nodes waiting for their children, in order
    if not (-inf <= tree[0] < inf):
        return False
    values = [tree[0]]
    head = 0
    pos = 1
    while head < len(values) and pos < len(tree):
        value = values[head]
        low, high = bounds[head]
        head += 1
        for child_low, child_high in ((low, value), (value, high)):
            if pos >= len(tree):
                break
            child = tree[pos]
            pos += 1
            if child is None:
                continue
            if not (child_low <= child < child_high):
                return False
            values.append(child)
            bounds.append((child_low, child_high))
    return True

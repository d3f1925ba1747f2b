"""Include/exclude backtracking over items, which lists the same kit once per choice of equal items."""

BREAKS = "distinct-kits"


def exact_kits(weights: list[int], target: int) -> list[list[int]]:
    items = sorted(weights)
    out: list[list[int]] = []

    def go(i: int, left: int, path: list[int]) -> None:
        if left == 0:
            out.append(path[:])
            return
        if i == len(items) or items[i] > left:
            return
        path.append(items[i])
        go(i + 1, left - items[i], path)
        path.pop()
        go(i + 1, left, path)

    go(0, target, [])
    return out

def exact_kits(weights: list[int], target: int) -> list[list[int]]:
    items = sorted(weights)
    out = []
    chosen = []

    def extend(start: int, remaining: int) -> None:
        if remaining == 0:
            out.append(chosen[:])
            return
        for i in range(start, len(items)):
            if items[i] > remaining:
                break  # sorted, so every later item is too heavy as well
            if i > start and items[i] == items[i - 1]:
                continue  # same value at this depth would rebuild the same kit
            chosen.append(items[i])
            extend(i + 1, remaining - items[i])
            chosen.pop()

    extend(0, target)
    return out

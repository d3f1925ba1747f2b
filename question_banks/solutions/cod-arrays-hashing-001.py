def count_card_pairs(values: list[int], target: int) -> int:
    seen: dict[int, int] = {}
    pairs = 0
    for value in values:
        pairs += seen.get(target - value, 0)
        seen[value] = seen.get(value, 0) + 1
    return pairs

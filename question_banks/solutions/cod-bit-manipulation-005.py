def total_disagreement(configs: list[int]) -> int:
    n = len(configs)
    total = 0
    for bit in range(30):
        on = sum((x >> bit) & 1 for x in configs)
        total += on * (n - on)  # pairs with exactly one device having this switch on
    return total

"""Per-bit counting, but multiplies by 2 as if (i, j) and (j, i) were different pairs."""

BREAKS = "unordered-pairs"


def total_disagreement(configs: list[int]) -> int:
    n = len(configs)
    total = 0
    for bit in range(30):
        on = sum((x >> bit) & 1 for x in configs)
        total += 2 * on * (n - on)
    return total

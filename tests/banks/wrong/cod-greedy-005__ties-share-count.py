"""Two sweeps, but equal neighbours are forced to the same number of vouchers."""

BREAKS = "ties-free"


def fewest_vouchers(ratings: list[int]) -> int:
    n = len(ratings)
    left = [1] * n
    for i in range(1, n):
        if ratings[i] > ratings[i - 1]:
            left[i] = left[i - 1] + 1
        elif ratings[i] == ratings[i - 1]:
            left[i] = left[i - 1]
    right = [1] * n
    for i in range(n - 2, -1, -1):
        if ratings[i] > ratings[i + 1]:
            right[i] = right[i + 1] + 1
        elif ratings[i] == ratings[i + 1]:
            right[i] = right[i + 1]
    counts = [max(a, b) for a, b in zip(left, right)]
    for i in range(1, n):  # keep tied neighbours level after combining
        if ratings[i] == ratings[i - 1]:
            counts[i] = counts[i - 1] = max(counts[i], counts[i - 1])
    return sum(counts)

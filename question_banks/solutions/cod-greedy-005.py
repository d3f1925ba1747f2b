def fewest_vouchers(ratings: list[int]) -> int:
    n = len(ratings)
    left = [1] * n
    for i in range(1, n):
        if ratings[i] > ratings[i - 1]:
            left[i] = left[i - 1] + 1
    total = left[-1]
    right = 1
    for i in range(n - 2, -1, -1):
        right = right + 1 if ratings[i] > ratings[i + 1] else 1
        total += max(left[i], right)
    return total

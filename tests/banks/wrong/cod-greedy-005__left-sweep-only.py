"""One left-to-right sweep: satisfies the left neighbour but not a higher-rated courier's right neighbour."""

BREAKS = "both-neighbours"


def fewest_vouchers(ratings: list[int]) -> int:
    count, total = 1, 1
    for i in range(1, len(ratings)):
        count = count + 1 if ratings[i] > ratings[i - 1] else 1
        total += count
    return total

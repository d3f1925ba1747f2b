"""Repeats local fixes until no courier breaks a rule: correct, but O(n^2) on a long falling run."""

BREAKS = "too-slow"


def fewest_vouchers(ratings: list[int]) -> int:
    n = len(ratings)
    counts = [1] * n
    changed = True
    while changed:
        changed = False
        for i in range(n):
            if i > 0 and ratings[i] > ratings[i - 1] and counts[i] <= counts[i - 1]:
                counts[i] = counts[i - 1] + 1
                changed = True
            if i + 1 < n and ratings[i] > ratings[i + 1] and counts[i] <= counts[i + 1]:
                counts[i] = counts[i + 1] + 1
                changed = True
    return sum(counts)

"""Skips repeated values of the first snack, as in distinct-triplet problems, so equal snacks are undercounted."""

BREAKS = "positions-not-values"


def trios_under_cap(calories: list[int], cap: int) -> int:
    a = sorted(calories)
    count = 0
    for i in range(len(a) - 2):
        if i and a[i] == a[i - 1]:
            continue
        lo, hi = i + 1, len(a) - 1
        while lo < hi:
            if a[i] + a[lo] + a[hi] < cap:
                count += hi - lo
                lo += 1
            else:
                hi -= 1
    return count

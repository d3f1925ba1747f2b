"""Two-pointer count that accepts a total equal to the cap."""

BREAKS = "strictly-below"


def trios_under_cap(calories: list[int], cap: int) -> int:
    a = sorted(calories)
    count = 0
    for i in range(len(a) - 2):
        lo, hi = i + 1, len(a) - 1
        while lo < hi:
            if a[i] + a[lo] + a[hi] <= cap:
                count += hi - lo
                lo += 1
            else:
                hi -= 1
    return count

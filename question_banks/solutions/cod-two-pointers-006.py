def trios_under_cap(calories: list[int], cap: int) -> int:
    a = sorted(calories)
    n = len(a)
    count = 0
    for i in range(n - 2):
        lo, hi = i + 1, n - 1
        while lo < hi:
            if a[i] + a[lo] + a[hi] < cap:
                count += hi - lo  # a[lo] pairs with every element up to hi
                lo += 1
            else:
                hi -= 1
    return count

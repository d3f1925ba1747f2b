def largest_patio_sides(tiles: list[int]) -> list[int]:
    sides = []
    for count in tiles:
        lo, hi = 0, min(count, 10**9) + 1  # lo is always affordable, hi never is
        while hi - lo > 1:
            mid = (lo + hi) // 2
            if mid * mid <= count:
                lo = mid
            else:
                hi = mid
        sides.append(lo)
    return sides

"""Binary search whose low end starts at 1, so a customer with no tiles is told they can lay one."""

BREAKS = "zero-tiles"


def largest_patio_sides(tiles: list[int]) -> list[int]:
    sides = []
    for count in tiles:
        lo, hi = 1, min(count, 10**9) + 1
        while hi - lo > 1:
            mid = (lo + hi) // 2
            if mid * mid <= count:
                lo = mid
            else:
                hi = mid
        sides.append(lo)
    return sides

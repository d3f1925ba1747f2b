from math import gcd


def most_collinear(points: list[list[int]]) -> int:
    n = len(points)
    if n <= 2:
        return n
    best = 2
    for i in range(n - 1):
        x0, y0 = points[i]
        slopes: dict[tuple[int, int], int] = {}
        for j in range(i + 1, n):
            dx = points[j][0] - x0
            dy = points[j][1] - y0
            g = gcd(dx, dy)
            dx //= g
            dy //= g
            # Canonical direction: dx > 0, or dx == 0 and dy > 0.
            if dx < 0 or (dx == 0 and dy < 0):
                dx, dy = -dx, -dy
            key = (dx, dy)
            slopes[key] = slopes.get(key, 0) + 1
        best = max(best, 1 + max(slopes.values()))
    return best

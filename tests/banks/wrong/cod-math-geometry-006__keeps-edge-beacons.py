"""Monotone chain that pops only on right turns, so beacons on straight stretches stay as corners."""

BREAKS = "edge-beacons-excluded"


def fence_corners(beacons: list[list[int]]) -> list[list[int]]:
    points = sorted({(x, y) for x, y in beacons})
    if len(points) <= 2:
        return [list(p) for p in sorted(points, key=lambda p: (p[1], p[0]))]

    def cross(o, a, b):
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    def chain(ordered):
        stack = []
        for p in ordered:
            while len(stack) >= 2 and cross(stack[-2], stack[-1], p) < 0:
                stack.pop()
            stack.append(p)
        return stack

    hull = chain(points)[:-1] + chain(points[::-1])[:-1]
    first = min(range(len(hull)), key=lambda i: (hull[i][1], hull[i][0]))
    return [list(p) for p in hull[first:] + hull[:first]]

"""Correct monotone chain, but returned as built: starting from the leftmost beacon, not the lowest."""

BREAKS = "ccw-from-lowest"


def fence_corners(beacons: list[list[int]]) -> list[list[int]]:
    points = sorted({(x, y) for x, y in beacons})
    if len(points) <= 2:
        return [list(p) for p in points]

    def cross(o, a, b):
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    def chain(ordered):
        stack = []
        for p in ordered:
            while len(stack) >= 2 and cross(stack[-2], stack[-1], p) <= 0:
                stack.pop()
            stack.append(p)
        return stack

    return [list(p) for p in chain(points)[:-1] + chain(points[::-1])[:-1]]

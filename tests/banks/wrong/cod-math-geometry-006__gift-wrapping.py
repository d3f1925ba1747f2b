"""Gift wrapping (Jarvis march): right, but O(n h), quadratic when most beacons are corners."""

BREAKS = "too-slow"


def fence_corners(beacons: list[list[int]]) -> list[list[int]]:
    points = list({(x, y) for x, y in beacons})
    start = min(points, key=lambda p: (p[1], p[0]))
    if len(points) == 1:
        return [list(start)]

    def cross(o, a, b):
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    def dist2(a, b):
        return (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2

    hull = [start]
    current = start
    while True:
        candidate = points[0] if points[0] != current else points[1]
        for r in points:
            if r == current:
                continue
            turn = cross(current, candidate, r)
            if turn < 0 or (turn == 0 and dist2(current, r) > dist2(current, candidate)):
                candidate = r
        if candidate == start:
            break
        hull.append(candidate)
        current = candidate
    return [list(p) for p in hull]

"""Interval DP over the marks in the order given, without sorting them first."""

BREAKS = "unsorted-marks"


def min_cut_cost(length: int, marks: list[int]) -> int:
    points = [0, *marks, length]
    m = len(points)
    cost = [[0] * m for _ in range(m)]
    for gap in range(2, m):
        for i in range(m - gap):
            j = i + gap
            cost[i][j] = points[j] - points[i] + min(cost[i][c] + cost[c][j] for c in range(i + 1, j))
    return cost[0][m - 1]

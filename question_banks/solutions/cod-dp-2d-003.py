def min_cut_cost(length: int, marks: list[int]) -> int:
    points = [0] + sorted(marks) + [length]
    k = len(points)
    # cost[i][j] = cheapest way to make every cut strictly between points[i] and points[j].
    cost = [[0] * k for _ in range(k)]
    for gap in range(2, k):
        for i in range(k - gap):
            j = i + gap
            row_i = cost[i]
            best = min(row_i[m] + cost[m][j] for m in range(i + 1, j))
            row_i[j] = best + points[j] - points[i]
    return cost[0][k - 1]

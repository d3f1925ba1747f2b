def cheapest_run(cost: list[list[int]]) -> int:
    row = []
    total = 0
    for value in cost[0]:
        total += value
        row.append(total)
    for line in cost[1:]:
        row[0] += line[0]
        for c in range(1, len(line)):
            row[c] = line[c] + min(row[c], row[c - 1])
    return row[-1]

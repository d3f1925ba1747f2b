def shared_storyline(first: list[int], second: list[int]) -> int:
    if len(second) > len(first):
        first, second = second, first  # rows follow the longer list, columns the shorter
    prev = [0] * (len(second) + 1)
    for x in first:
        row = [0]
        for j, y in enumerate(second, start=1):
            if x == y:
                row.append(prev[j - 1] + 1)
            else:
                row.append(max(prev[j], row[j - 1]))
        prev = row
    return prev[-1]

def longest_climb(heights: list[list[int]]) -> int:
    rows, cols = len(heights), len(heights[0])
    size = rows * cols
    flat = [h for row in heights for h in row]
    neighbours = []
    higher_left = [0] * size  # higher neighbours whose trails are not final yet
    for r in range(rows):
        for c in range(cols):
            cell = r * cols + c
            near = []
            if r:
                near.append(cell - cols)
            if r + 1 < rows:
                near.append(cell + cols)
            if c:
                near.append(cell - 1)
            if c + 1 < cols:
                near.append(cell + 1)
            neighbours.append(near)
            higher_left[cell] = sum(1 for x in near if flat[x] > flat[cell])
    best = [1] * size
    ready = [cell for cell in range(size) if higher_left[cell] == 0]  # local peaks
    while ready:
        cell = ready.pop()
        for x in neighbours[cell]:
            if flat[x] < flat[cell]:
                best[x] = max(best[x], best[cell] + 1)
                higher_left[x] -= 1
                if higher_left[x] == 0:
                    ready.append(x)
    return max(best)

def longest_fresh_run(stops: list[int]) -> list[int]:
    last: dict[int, int] = {}  # exhibit id -> index of its latest visit
    left = 0
    best_start, best_len = 0, 0
    for i, x in enumerate(stops):
        if last.get(x, -1) >= left:
            left = last[x] + 1  # only a visit inside the window forces the edge forward
        last[x] = i
        if i - left + 1 > best_len:
            best_start, best_len = left, i - left + 1
    return [best_start, best_len]

"""Finds any cycle longer than one square, without checking that all its instructions point the same way."""

BREAKS = "one-direction"


def has_one_way_loop(jumps: list[int]) -> bool:
    n = len(jumps)
    state = [0] * n  # 0 unvisited, 1 on the current path, 2 finished
    for i in range(n):
        path = []
        j = i
        while state[j] == 0:
            state[j] = 1
            path.append(j)
            j = (j + jumps[j]) % n
        if state[j] == 1 and (j + jumps[j]) % n != j:
            return True
        for k in path:
            state[k] = 2
    return False

"""Dijkstra over all four directions: finds cheaper detours the plough is not allowed to take."""

import heapq

BREAKS = "right-or-down"


def cheapest_run(cost: list[list[int]]) -> int:
    rows, cols = len(cost), len(cost[0])
    dist = {(0, 0): cost[0][0]}
    heap = [(cost[0][0], 0, 0)]
    while heap:
        d, r, c = heapq.heappop(heap)
        if (r, c) == (rows - 1, cols - 1):
            return d
        if d > dist[(r, c)]:
            continue
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and d + cost[nr][nc] < dist.get((nr, nc), float("inf")):
                dist[(nr, nc)] = d + cost[nr][nc]
                heapq.heappush(heap, (d + cost[nr][nc], nr, nc))
    return -1

"""Layered Dijkstra whose adjacency dict keeps only the last road listed between two cities."""

import heapq

BREAKS = "parallel-roads"


def cheapest_trip(n: int, roads: list[list[int]], k: int) -> int:
    adj: list[dict[int, int]] = [{} for _ in range(n)]
    for u, v, toll in roads:
        adj[u][v] = toll
        adj[v][u] = toll
    best = {(0, 0): 0}
    heap = [(0, 0, 0)]
    while heap:
        cost, city, used = heapq.heappop(heap)
        if city == n - 1:
            return cost
        if cost > best.get((city, used), float("inf")):
            continue
        for nxt, toll in adj[city].items():
            for state, c in (((nxt, used), cost + toll), ((nxt, used + 1), cost)):
                if state[1] <= k and c < best.get(state, float("inf")):
                    best[state] = c
                    heapq.heappush(heap, (c, *state))
    return -1

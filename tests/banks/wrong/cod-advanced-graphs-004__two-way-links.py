"""Dijkstra over links stored in both directions, as if radio links were two-way."""

import heapq

BREAKS = "one-way"


def last_alert_time(n: int, links: list[list[int]], source: int) -> int:
    adj = [[] for _ in range(n)]
    for u, v, ms in links:
        adj[u].append((v, ms))
        adj[v].append((u, ms))
    best = [float("inf")] * n
    best[source] = 0
    heap = [(0, source)]
    while heap:
        t, u = heapq.heappop(heap)
        if t > best[u]:
            continue
        for v, ms in adj[u]:
            if t + ms < best[v]:
                best[v] = t + ms
                heapq.heappush(heap, (t + ms, v))
    last = max(best)
    return -1 if last == float("inf") else last

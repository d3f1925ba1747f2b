"""Reports the latest time among stations that heard the alert, forgetting the ones that never do."""

import heapq

BREAKS = "unreachable"


def last_alert_time(n: int, links: list[list[int]], source: int) -> int:
    adj = [[] for _ in range(n)]
    for u, v, ms in links:
        adj[u].append((v, ms))
    best = {source: 0}
    heap = [(0, source)]
    while heap:
        t, u = heapq.heappop(heap)
        if t > best[u]:
            continue
        for v, ms in adj[u]:
            if t + ms < best.get(v, float("inf")):
                best[v] = t + ms
                heapq.heappush(heap, (t + ms, v))
    return max(best.values())

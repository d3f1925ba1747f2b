import heapq


def cheapest_trip(n: int, roads: list[list[int]], k: int) -> int:
    adj = [[] for _ in range(n)]
    for u, v, toll in roads:
        adj[u].append((v, toll))
        adj[v].append((u, toll))
    inf = float("inf")
    # State (city, passes used); Dijkstra over the layered graph.
    dist = [[inf] * (k + 1) for _ in range(n)]
    dist[0][0] = 0
    heap = [(0, 0, 0)]
    while heap:
        d, u, used = heapq.heappop(heap)
        if d > dist[u][used]:
            continue
        if u == n - 1:
            return d
        row = dist
        for v, toll in adj[u]:
            nd = d + toll
            if nd < row[v][used]:
                row[v][used] = nd
                heapq.heappush(heap, (nd, v, used))
            if used < k and d < row[v][used + 1]:
                row[v][used + 1] = d
                heapq.heappush(heap, (d, v, used + 1))
    return -1

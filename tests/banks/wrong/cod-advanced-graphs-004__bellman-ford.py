"""Bellman-Ford with an early stop: correct, but O(n * m) when the links are listed against the chain."""

BREAKS = "too-slow"


def last_alert_time(n: int, links: list[list[int]], source: int) -> int:
    inf = float("inf")
    best = [inf] * n
    best[source] = 0
    for _ in range(n - 1):
        changed = False
        for u, v, ms in links:
            if best[u] + ms < best[v]:
                best[v] = best[u] + ms
                changed = True
        if not changed:
            break
    last = max(best)
    return -1 if last == inf else last

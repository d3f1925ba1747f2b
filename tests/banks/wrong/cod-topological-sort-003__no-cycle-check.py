"""Kahn's algorithm with the right recurrence, but it reports the tasks it did process even after a cycle."""

from collections import deque

BREAKS = "cycle"


def earliest_finish(durations: list[int], deps: list[list[int]]) -> int:
    n = len(durations)
    after = [[] for _ in range(n)]
    waiting = [0] * n
    for a, b in deps:
        after[a].append(b)
        waiting[b] += 1
    start = [0] * n
    queue = deque(i for i in range(n) if waiting[i] == 0)
    last = 0
    while queue:
        t = queue.popleft()
        last = max(last, start[t] + durations[t])
        for b in after[t]:
            start[b] = max(start[b], start[t] + durations[t])
            waiting[b] -= 1
            if waiting[b] == 0:
                queue.append(b)
    return last

"""Plain Kahn's algorithm: returns one consistent ranking without checking that it is the only one."""

from collections import deque

BREAKS = "unique-only"


def forced_ranking(n: int, results: list[list[int]]) -> list[int]:
    beats = [[] for _ in range(n)]
    losses = [0] * n
    for winner, loser in results:
        beats[winner].append(loser)
        losses[loser] += 1
    queue = deque(p for p in range(n) if losses[p] == 0)
    order = []
    while queue:
        p = queue.popleft()
        order.append(p)
        for q in beats[p]:
            losses[q] -= 1
            if losses[q] == 0:
                queue.append(q)
    return order if len(order) == n else []

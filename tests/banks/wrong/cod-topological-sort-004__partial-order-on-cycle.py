"""Checks for two ready players but returns the players placed so far when a cycle stops the process."""

BREAKS = "contradiction"


def forced_ranking(n: int, results: list[list[int]]) -> list[int]:
    beats = [[] for _ in range(n)]
    losses = [0] * n
    for winner, loser in results:
        beats[winner].append(loser)
        losses[loser] += 1
    ready = [p for p in range(n) if losses[p] == 0]
    order = []
    while ready:
        if len(ready) > 1:
            return []
        p = ready.pop()
        order.append(p)
        for q in beats[p]:
            losses[q] -= 1
            if losses[q] == 0:
                ready.append(q)
    return order

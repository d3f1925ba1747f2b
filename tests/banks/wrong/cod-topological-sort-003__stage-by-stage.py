"""Runs the plan in stages: every stage waits for the slowest task of the stage before it."""

BREAKS = "own-prerequisites"


def earliest_finish(durations: list[int], deps: list[list[int]]) -> int:
    n = len(durations)
    after = [[] for _ in range(n)]
    waiting = [0] * n
    for a, b in deps:
        after[a].append(b)
        waiting[b] += 1
    stage = [i for i in range(n) if waiting[i] == 0]
    total, done = 0, 0
    while stage:
        total += max(durations[t] for t in stage)
        done += len(stage)
        nxt = []
        for t in stage:
            for b in after[t]:
                waiting[b] -= 1
                if waiting[b] == 0:
                    nxt.append(b)
        stage = nxt
    return total if done == n else -1

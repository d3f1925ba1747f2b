from collections import deque


def earliest_finish(durations: list[int], deps: list[list[int]]) -> int:
    n = len(durations)
    after = [[] for _ in range(n)]
    waiting = [0] * n
    for a, b in deps:
        after[a].append(b)
        waiting[b] += 1
    start = [0] * n  # latest finish among the prerequisites seen so far
    queue = deque(i for i in range(n) if waiting[i] == 0)
    done, last = 0, 0
    while queue:
        task = queue.popleft()
        done += 1
        finish = start[task] + durations[task]
        last = max(last, finish)
        for nxt in after[task]:
            start[nxt] = max(start[nxt], finish)
            waiting[nxt] -= 1
            if waiting[nxt] == 0:
                queue.append(nxt)
    return last if done == n else -1

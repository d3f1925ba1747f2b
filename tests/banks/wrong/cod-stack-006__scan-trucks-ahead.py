"""A truck leads a convoy when no truck ahead arrives at or after it; checked against every truck ahead: O(n^2)."""

BREAKS = "too-slow"


def convoys(depot: int, start: list[int], speed: list[int]) -> int:
    count = 0
    for i in range(len(start)):
        held = False
        for j in range(len(start)):
            if start[j] > start[i] and (depot - start[i]) * speed[j] <= (depot - start[j]) * speed[i]:
                held = True
                break
        if not held:
            count += 1
    return count

"""Collision stack in which the winning drone keeps its full battery."""

BREAKS = "winner-weakened"


def surviving_drones(charges: list[int]) -> list[int]:
    stack: list[int] = []
    for c in charges:
        alive = True
        while alive and c < 0 and stack and stack[-1] > 0:
            if stack[-1] < -c:
                stack.pop()
            elif stack[-1] == -c:
                stack.pop()
                alive = False
            else:
                alive = False
        if alive:
            stack.append(c)
    return stack

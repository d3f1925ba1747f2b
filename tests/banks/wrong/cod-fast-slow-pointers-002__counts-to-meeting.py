"""Floyd's walkers, reporting how many steps they took to meet: a multiple of the loop length, not the length."""

BREAKS = "long-tail"


def portal_loop_length(portals: list[int]) -> int:
    slow = fast = 0
    steps = 0
    while True:
        slow = portals[slow]
        fast = portals[portals[fast]]
        steps += 1
        if slow == fast:
            return steps

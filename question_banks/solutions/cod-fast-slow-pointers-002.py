def portal_loop_length(portals: list[int]) -> int:
    slow = fast = 0
    while True:
        slow = portals[slow]
        fast = portals[portals[fast]]
        if slow == fast:
            break
    length = 1
    probe = portals[slow]
    while probe != slow:
        probe = portals[probe]
        length += 1
    return length

def _cube_step(x: int) -> int:
    total = 0
    while x:
        x, digit = divmod(x, 10)
        total += digit * digit * digit
    return total


def loop_floor(starts: list[int]) -> list[int]:
    out = []
    for x in starts:
        # Floyd: the tortoise moves one step, the hare two, until they meet inside the loop.
        slow, fast = _cube_step(x), _cube_step(_cube_step(x))
        while slow != fast:
            slow = _cube_step(slow)
            fast = _cube_step(_cube_step(fast))
        # Walk once around the loop from the meeting point to find its smallest member.
        best = slow
        node = _cube_step(slow)
        while node != slow:
            best = min(best, node)
            node = _cube_step(node)
        out.append(best)
    return out

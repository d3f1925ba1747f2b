def surviving_drones(charges: list[int]) -> list[int]:
    stack: list[int] = []
    for c in charges:
        # c moving west (negative) may meet east-movers (positive) at the top of the stack.
        while c < 0 and stack and stack[-1] > 0:
            east = stack.pop()
            if east > -c:
                c = east + c  # east-mover survives, weakened; it continues as the current drone
            elif east < -c:
                c = c + east  # west-mover survives, weakened; keep colliding
            else:
                c = 0
                break
        if c != 0:
            stack.append(c)
    return stack

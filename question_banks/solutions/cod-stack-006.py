def convoys(depot: int, start: list[int], speed: list[int]) -> int:
    trucks = sorted(zip(start, speed), reverse=True)  # nearest to the depot first
    stack: list[tuple[int, int]] = []  # convoy arrival times as fractions (distance, speed)
    for pos, v in trucks:
        dist = depot - pos
        # dist / v <= top_dist / top_v means the truck catches the convoy at or before the depot.
        if stack and dist * stack[-1][1] <= stack[-1][0] * v:
            continue
        stack.append((dist, v))
    return len(stack)

def has_one_way_loop(jumps: list[int]) -> bool:
    a = list(jumps)
    n = len(a)

    def step(i: int) -> int:
        return (i + a[i]) % n

    for i in range(n):
        if a[i] == 0:  # already proven to lead nowhere
            continue
        sign = a[i]
        slow, fast = i, step(i)
        # Advance while the hare's next two squares keep the starting direction.
        while a[fast] * sign > 0 and a[step(fast)] * sign > 0:
            if slow == fast:
                if step(slow) == slow:  # a square that jumps onto itself is not a loop
                    break
                return True
            slow = step(slow)
            fast = step(step(fast))
        # Everything reachable from i in this direction leads to no valid loop: clear it.
        j = i
        while a[j] * sign > 0:
            k = step(j)
            a[j] = 0
            j = k
    return False

def loop_start(fuel: list[int], cost: list[int]) -> int:
    total = 0
    tank = 0
    start = 0
    for i, (f, c) in enumerate(zip(fuel, cost)):
        gain = f - c
        total += gain
        tank += gain
        if tank < 0:
            # No station from `start` to `i` can get past `i`; restart just after it.
            start = i + 1
            tank = 0
    return start if total >= 0 else -1

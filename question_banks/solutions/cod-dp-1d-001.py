def climb_ways(n: int, broken: list[int]) -> int:
    mod = 1_000_000_007
    bad = set(broken)
    ways = [0] * (n + 1)
    ways[0] = 1
    for step in range(1, n + 1):
        if step in bad:
            continue
        total = ways[step - 1]
        if step >= 2:
            total += ways[step - 2]
        if step >= 3:
            total += ways[step - 3]
        ways[step] = total % mod
    return ways[n]

def lowest_free_locker(assigned: list[int]) -> int:
    n = len(assigned)
    for i in range(n):
        # Swap the value here into its home slot until this slot holds junk, its own value or a repeat.
        while 1 <= assigned[i] <= n and assigned[assigned[i] - 1] != assigned[i]:
            home = assigned[i] - 1
            assigned[i], assigned[home] = assigned[home], assigned[i]
    for i, value in enumerate(assigned):
        if value != i + 1:
            return i + 1
    return n + 1

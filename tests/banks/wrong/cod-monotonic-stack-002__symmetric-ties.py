"""Contribution counting with "not smaller" on both sides, so spans with equal minimums are counted twice."""

BREAKS = "equal-loads"
MOD = 1_000_000_007


def sum_of_window_minimums(loads: list[int]) -> int:
    n = len(loads)
    left, right, stack = [0] * n, [0] * n, []
    for i in range(n):
        while stack and loads[stack[-1]] > loads[i]:
            stack.pop()
        left[i] = i - (stack[-1] if stack else -1)
        stack.append(i)
    stack = []
    for i in range(n - 1, -1, -1):
        while stack and loads[stack[-1]] > loads[i]:
            stack.pop()
        right[i] = (stack[-1] if stack else n) - i
        stack.append(i)
    return sum(loads[i] * left[i] * right[i] for i in range(n)) % MOD

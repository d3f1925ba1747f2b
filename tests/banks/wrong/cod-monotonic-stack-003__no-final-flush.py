"""Increasing stack that measures areas only when a shorter building arrives, never flushing at the end."""

BREAKS = "spans-buildings"


def largest_banner(heights: list[int]) -> int:
    best, stack = 0, []
    for i, h in enumerate(heights):
        while stack and heights[stack[-1]] >= h:
            top = stack.pop()
            left = stack[-1] + 1 if stack else 0
            best = max(best, heights[top] * (i - left))
        stack.append(i)
    return best

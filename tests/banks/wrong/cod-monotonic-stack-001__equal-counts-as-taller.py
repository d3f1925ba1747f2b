"""Monotonic stack that pops on >=, so a tree of equal height ends the wait."""

BREAKS = "strictly-taller"


def wait_for_taller(heights: list[int]) -> list[int]:
    answer = [0] * len(heights)
    stack: list[int] = []
    for j, h in enumerate(heights):
        while stack and h >= heights[stack[-1]]:
            i = stack.pop()
            answer[i] = j - i
        stack.append(j)
    return answer

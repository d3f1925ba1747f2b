def pooled_rain(heights: list[int]) -> int:
    stack: list[int] = []  # indices with non-increasing heights
    water = 0
    for i, h in enumerate(heights):
        while stack and heights[stack[-1]] < h:
            bottom = stack.pop()
            if not stack:
                break  # no wall on the left: this water runs off
            wall = stack[-1]
            depth = min(heights[wall], h) - heights[bottom]
            water += depth * (i - wall - 1)
        stack.append(i)
    return water

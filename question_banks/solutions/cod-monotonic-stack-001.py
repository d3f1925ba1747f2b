def wait_for_taller(heights: list[int]) -> list[int]:
    answer = [0] * len(heights)
    pending: list[int] = []  # indices still waiting, heights non-increasing from bottom to top
    for i, h in enumerate(heights):
        while pending and heights[pending[-1]] < h:
            j = pending.pop()
            answer[j] = i - j
        pending.append(i)
    return answer

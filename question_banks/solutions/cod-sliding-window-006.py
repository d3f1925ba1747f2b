from collections import deque


def window_peaks(loads: list[int], k: int) -> list[int]:
    window: deque[int] = deque()  # indices; their readings strictly decrease front to back
    peaks = []
    for i, load in enumerate(loads):
        while window and loads[window[-1]] <= load:
            window.pop()  # dominated: a later, at least as large reading exists
        window.append(i)
        if window[0] <= i - k:
            window.popleft()  # evict by index, so repeated readings are never confused
        if i >= k - 1:
            peaks.append(loads[window[0]])
    return peaks

"""Deque of values that drops equal readings from the back and evicts the front by comparing values."""

from collections import deque

BREAKS = "repeated-readings"


def window_peaks(loads: list[int], k: int) -> list[int]:
    window: deque[int] = deque()
    peaks = []
    for i, load in enumerate(loads):
        while window and window[-1] <= load:
            window.pop()
        window.append(load)
        if i >= k and window[0] == loads[i - k]:
            window.popleft()
        if i >= k - 1:
            peaks.append(window[0])
    return peaks

"""Loops over len(loads) - k window starts, one short, so the last window's peak is missing."""

from collections import deque

BREAKS = "one-per-window"


def window_peaks(loads: list[int], k: int) -> list[int]:
    window: deque[int] = deque()
    for i in range(k - 1):
        while window and loads[window[-1]] <= loads[i]:
            window.pop()
        window.append(i)
    peaks = []
    for start in range(len(loads) - k):
        end = start + k - 1
        while window and loads[window[-1]] <= loads[end]:
            window.pop()
        window.append(end)
        if window[0] < start:
            window.popleft()
        peaks.append(loads[window[0]])
    return peaks

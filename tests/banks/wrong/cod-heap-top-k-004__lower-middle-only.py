"""Reports the lower of the two middle readings for an even count instead of their mean."""

import heapq

BREAKS = "even-count-mean"


def running_medians(readings: list[int]) -> list[float]:
    low: list[int] = []
    high: list[int] = []
    out = []
    for x in readings:
        if low and x > -low[0]:
            heapq.heappush(high, x)
        else:
            heapq.heappush(low, -x)
        if len(low) > len(high) + 1:
            heapq.heappush(high, -heapq.heappop(low))
        elif len(high) > len(low):
            heapq.heappush(low, -heapq.heappop(high))
        out.append(float(-low[0]))
    return out

import heapq


def running_medians(readings: list[int]) -> list[float]:
    low: list[int] = []  # max-heap (negated) holding the smaller half
    high: list[int] = []  # min-heap holding the larger half
    out = []
    for x in readings:
        if low and x > -low[0]:
            heapq.heappush(high, x)
        else:
            heapq.heappush(low, -x)
        # Rebalance so low has as many items as high, or one more.
        if len(low) > len(high) + 1:
            heapq.heappush(high, -heapq.heappop(low))
        elif len(high) > len(low):
            heapq.heappush(low, -heapq.heappop(high))
        if len(low) > len(high):
            out.append(float(-low[0]))
        else:
            out.append((-low[0] + high[0]) / 2)
    return out

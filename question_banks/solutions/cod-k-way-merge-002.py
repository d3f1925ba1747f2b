import heapq


def tightest_window(streams: list[list[int]]) -> list[int]:
    heap = [(s[0], j, 0) for j, s in enumerate(streams)]
    heapq.heapify(heap)
    high = max(s[0] for s in streams)
    best = [heap[0][0], high]
    while True:
        low, j, i = heapq.heappop(heap)
        if (high - low, low) < (best[1] - best[0], best[0]):
            best = [low, high]
        if i + 1 == len(streams[j]):
            return best  # this stream is exhausted: the window cannot move past it
        nxt = streams[j][i + 1]
        high = max(high, nxt)
        heapq.heappush(heap, (nxt, j, i + 1))

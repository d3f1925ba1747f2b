"""Heap sweep over the streams that replaces the best window on ties, keeping the later lo."""

import heapq

BREAKS = "tie-smaller-lo"


def tightest_window(streams: list[list[int]]) -> list[int]:
    heap = [(s[0], j, 0) for j, s in enumerate(streams)]
    heapq.heapify(heap)
    hi = max(s[0] for s in streams)
    best = None
    while True:
        lo, j, i = heapq.heappop(heap)
        if best is None or hi - lo <= best[1] - best[0]:
            best = [lo, hi]
        if i + 1 == len(streams[j]):
            return best
        nxt = streams[j][i + 1]
        hi = max(hi, nxt)
        heapq.heappush(heap, (nxt, j, i + 1))

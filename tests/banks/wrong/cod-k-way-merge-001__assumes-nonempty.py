"""Heap merge that seeds the heap with every feed's first price, crashing on an empty feed."""

import heapq

BREAKS = "empty-feeds"
RAISES = "IndexError"


def merge_feeds(feeds: list[list[int]]) -> list[int]:
    heap = [(feed[0], j, 0) for j, feed in enumerate(feeds)]
    heapq.heapify(heap)
    out = []
    while heap:
        price, j, i = heapq.heappop(heap)
        out.append(price)
        if i + 1 < len(feeds[j]):
            heapq.heappush(heap, (feeds[j][i + 1], j, i + 1))
    return out

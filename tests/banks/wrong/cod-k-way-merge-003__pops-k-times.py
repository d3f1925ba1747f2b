"""Pops exactly k times, assuming there are always at least k bundles."""

import heapq

BREAKS = "fewer-than-k"
RAISES = "IndexError"


def cheapest_pairs(flights: list[int], hotels: list[int], k: int) -> list[list[int]]:
    heap = [(flights[i] + hotels[0], i, 0) for i in range(min(len(flights), k))]
    heapq.heapify(heap)
    out = []
    for _ in range(k):
        _, i, j = heapq.heappop(heap)
        out.append([i, j])
        if j + 1 < len(hotels):
            heapq.heappush(heap, (flights[i] + hotels[j + 1], i, j + 1))
    return out

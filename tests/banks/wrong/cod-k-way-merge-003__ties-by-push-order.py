"""Merges the streams with a heap, but breaks cost ties by the order entries were pushed."""

import heapq
from itertools import count

BREAKS = "tie-by-indices"


def cheapest_pairs(flights: list[int], hotels: list[int], k: int) -> list[list[int]]:
    order = count()
    heap = [(flights[i] + hotels[0], next(order), i, 0) for i in range(min(len(flights), k))]
    heapq.heapify(heap)
    out = []
    while heap and len(out) < k:
        _, _, i, j = heapq.heappop(heap)
        out.append([i, j])
        if j + 1 < len(hotels):
            heapq.heappush(heap, (flights[i] + hotels[j + 1], next(order), i, j + 1))
    return out

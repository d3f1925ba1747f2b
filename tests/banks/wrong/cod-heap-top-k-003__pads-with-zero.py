"""Huffman-style merging that pairs a lone rod with a zero-length one, charging for it."""

import heapq

BREAKS = "nothing-to-weld"


def min_fusing_cost(rods: list[int]) -> int:
    heap = list(rods)
    heapq.heapify(heap)
    cost = 0
    while heap:
        a = heapq.heappop(heap)
        b = heapq.heappop(heap) if heap else 0
        cost += a + b
        if heap:
            heapq.heappush(heap, a + b)
    return cost

"""Size-k max-heap of (-distance, index): among equal distances it evicts the smaller index."""

import heapq

BREAKS = "ties-smaller-index"


def nearest_depots(depots: list[list[int]], k: int) -> list[int]:
    heap: list[tuple[int, int]] = []
    for i, (x, y) in enumerate(depots):
        heapq.heappush(heap, (-(x * x + y * y), i))
        if len(heap) > k:
            heapq.heappop(heap)
    return [i for _, i in sorted(heap, key=lambda e: (-e[0], e[1]))]

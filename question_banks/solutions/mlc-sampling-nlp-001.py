import heapq
import math


def weighted_reservoir(weights: list[float], draws: list[float], k: int) -> list[int]:
    if k <= 0:
        return []
    heap: list[tuple[float, int]] = []  # (key, -index): the root is the entry to evict first
    for i, (w, u) in enumerate(zip(weights, draws)):
        if w <= 0:
            continue
        entry = (math.log(u) / w, -i)
        if len(heap) < k:
            heapq.heappush(heap, entry)
        elif entry > heap[0]:
            heapq.heapreplace(heap, entry)
    return [-neg for _, neg in sorted(heap, reverse=True)]

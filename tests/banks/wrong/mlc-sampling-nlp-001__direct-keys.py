"""A-Res with keys draw ** (1 / weight) computed directly; tiny weights underflow to equal zero keys."""

import heapq

BREAKS = "log-keys"


def weighted_reservoir(weights: list[float], draws: list[float], k: int) -> list[int]:
    if k <= 0:
        return []
    heap: list[tuple[float, int]] = []
    for i, (w, u) in enumerate(zip(weights, draws)):
        if w <= 0:
            continue
        item = (u ** (1 / w), -i)
        if len(heap) < k:
            heapq.heappush(heap, item)
        elif item > heap[0]:
            heapq.heapreplace(heap, item)
    return [-i for _, i in sorted(heap, reverse=True)]

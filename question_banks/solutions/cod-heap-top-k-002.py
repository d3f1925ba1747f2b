import heapq


def nearest_depots(depots: list[list[int]], k: int) -> list[int]:
    heap: list[tuple[int, int]] = []  # (-distance, -index): root is the worst kept depot
    for i, (x, y) in enumerate(depots):
        key = (-(x * x + y * y), -i)
        if len(heap) < k:
            heapq.heappush(heap, key)
        elif key > heap[0]:
            heapq.heapreplace(heap, key)
    return [-neg_i for _, neg_i in sorted(heap, reverse=True)]

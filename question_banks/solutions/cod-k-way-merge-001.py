import heapq


def merge_feeds(feeds: list[list[int]]) -> list[int]:
    heap = [(feed[0], f, 0) for f, feed in enumerate(feeds) if feed]
    heapq.heapify(heap)
    merged = []
    while heap:
        value, f, i = heap[0]
        merged.append(value)
        if i + 1 < len(feeds[f]):
            heapq.heapreplace(heap, (feeds[f][i + 1], f, i + 1))
        else:
            heapq.heappop(heap)
    return merged

import heapq


def cheapest_pairs(flights: list[int], hotels: list[int], k: int) -> list[list[int]]:
    # Row i is the sorted stream (i, 0), (i, 1), ...; merge the rows with a heap keyed by (price, i, j).
    heap = [(flights[i] + hotels[0], i, 0) for i in range(min(len(flights), k))] if hotels else []
    heapq.heapify(heap)
    out = []
    while heap and len(out) < k:
        _, i, j = heapq.heappop(heap)
        out.append([i, j])
        if j + 1 < len(hotels):
            heapq.heappush(heap, (flights[i] + hotels[j + 1], i, j + 1))
    return out

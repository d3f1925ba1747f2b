import heapq
from collections import Counter


def window_medians(prices: list[int], k: int) -> list[float]:
    low: list[int] = []  # max-heap (negated) of the smaller half
    high: list[int] = []  # min-heap of the larger half
    delayed: Counter[int] = Counter()  # values that left the window but still sit in a heap
    sizes = [0, 0]  # live items in low and high

    def prune(heap: list[int], sign: int) -> None:
        while heap and delayed[sign * heap[0]]:
            delayed[sign * heap[0]] -= 1
            heapq.heappop(heap)

    def rebalance() -> None:
        if sizes[0] > sizes[1] + 1:
            heapq.heappush(high, -heapq.heappop(low))
            sizes[0] -= 1
            sizes[1] += 1
            prune(low, -1)
        elif sizes[0] < sizes[1]:
            heapq.heappush(low, -heapq.heappop(high))
            sizes[1] -= 1
            sizes[0] += 1
            prune(high, 1)

    def add(x: int) -> None:
        if not low or x <= -low[0]:
            heapq.heappush(low, -x)
            sizes[0] += 1
        else:
            heapq.heappush(high, x)
            sizes[1] += 1
        rebalance()

    def remove(x: int) -> None:
        delayed[x] += 1
        if x <= -low[0]:
            sizes[0] -= 1
            if x == -low[0]:
                prune(low, -1)
        else:
            sizes[1] -= 1
            if high and x == high[0]:
                prune(high, 1)
        rebalance()

    def median() -> float:
        return float(-low[0]) if k % 2 else (-low[0] + high[0]) / 2

    for x in prices[:k]:
        add(x)
    out = [median()]
    for i in range(k, len(prices)):
        add(prices[i])
        remove(prices[i - k])
        out.append(median())
    return out

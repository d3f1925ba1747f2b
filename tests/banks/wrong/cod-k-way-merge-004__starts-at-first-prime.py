"""Leaves 1 out of the sequence and starts counting at the smallest prime."""

import heapq

BREAKS = "one-comes-first"


def nth_clean_number(primes: list[int], n: int) -> int:
    heap = list(primes)
    seen = set(primes)
    value = 0
    for _ in range(n):
        value = heapq.heappop(heap)
        for p in primes:
            if value * p not in seen:
                seen.add(value * p)
                heapq.heappush(heap, value * p)
    return value

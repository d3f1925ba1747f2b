"""A size-k min-heap of (count, tag) tuples evicts the alphabetically first of tied tags, the wrong one."""

import heapq
from collections import Counter

BREAKS = "alphabetical-ties"


def trending_tags(tags: list[str], k: int) -> list[str]:
    heap: list[tuple[int, str]] = []
    for tag, count in Counter(tags).items():
        heapq.heappush(heap, (count, tag))
        if len(heap) > k:
            heapq.heappop(heap)
    return [tag for _, tag in sorted(heap, key=lambda e: (-e[0], e[1]))]

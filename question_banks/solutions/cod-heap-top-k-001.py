import heapq
from collections import Counter


class _Entry:
    """Orders so the heap root is the weakest of the kept tags."""

    __slots__ = ("count", "tag")

    def __init__(self, count: int, tag: str) -> None:
        self.count, self.tag = count, tag

    def __lt__(self, other: "_Entry") -> bool:
        if self.count != other.count:
            return self.count < other.count
        return self.tag > other.tag  # alphabetically later is weaker


def trending_tags(tags: list[str], k: int) -> list[str]:
    heap: list[_Entry] = []
    for tag, count in Counter(tags).items():
        entry = _Entry(count, tag)
        if len(heap) < k:
            heapq.heappush(heap, entry)
        elif heap[0] < entry:
            heapq.heapreplace(heap, entry)
    ranked = []
    while heap:
        ranked.append(heapq.heappop(heap).tag)
    return ranked[::-1]

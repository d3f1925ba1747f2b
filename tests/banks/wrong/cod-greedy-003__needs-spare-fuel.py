"""Max-heap greedy that insists on arriving with fuel left over, so an exactly empty tank counts as stranded."""

import heapq

BREAKS = "empty-tank-ok"


def fewest_refuels(target: int, start_fuel: int, stations: list[list[int]]) -> int:
    heap: list[int] = []
    reach, stops = start_fuel, 0
    for position, amount in [*stations, [target, 0]]:
        while reach <= position and heap:
            reach -= heapq.heappop(heap)
            stops += 1
        if reach <= position:
            return -1
        heapq.heappush(heap, -amount)
    return stops

import heapq


def fewest_refuels(target: int, start_fuel: int, stations: list[list[int]]) -> int:
    passed = []  # max-heap (negated) of fuel at stations we drove past without stopping
    reach = start_fuel
    stops = 0
    i = 0
    while reach < target:
        while i < len(stations) and stations[i][0] <= reach:
            heapq.heappush(passed, -stations[i][1])
            i += 1
        if not passed:
            return -1
        reach += -heapq.heappop(passed)  # retroactively stop at the richest one
        stops += 1
    return stops

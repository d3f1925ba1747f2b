import heapq


def min_chargers(sessions: list[list[int]]) -> int:
    busy_until: list[int] = []  # end times of sessions currently holding a charger
    for start, end in sorted(sessions):
        if busy_until and busy_until[0] <= start:
            heapq.heapreplace(busy_until, end)
        else:
            heapq.heappush(busy_until, end)
    return len(busy_until)

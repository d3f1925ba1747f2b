def min_drone_trips(weights: list[int], limit: int) -> int:
    order = sorted(weights)
    lo, hi = 0, len(order) - 1
    trips = 0
    while lo <= hi:
        if lo < hi and order[lo] + order[hi] <= limit:
            lo += 1
        hi -= 1
        trips += 1
    return trips

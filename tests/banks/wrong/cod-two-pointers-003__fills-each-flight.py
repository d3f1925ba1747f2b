"""Loads each flight with the heaviest parcel plus as many light ones as fit, ignoring the two-parcel cap."""

BREAKS = "two-per-flight"


def min_drone_trips(weights: list[int], limit: int) -> int:
    w = sorted(weights)
    lo, hi, flights = 0, len(w) - 1, 0
    while lo <= hi:
        load = w[hi]
        hi -= 1
        while lo <= hi and load + w[lo] <= limit:
            load += w[lo]
            lo += 1
        flights += 1
    return flights

"""Earliest-end greedy that treats a booking starting when the last one ends as a clash."""

BREAKS = "touching-ok"


def max_accepted_bookings(requests: list[list[int]]) -> int:
    taken, last_end = 0, float("-inf")
    for start, end in sorted(requests, key=lambda r: r[1]):
        if start > last_end:
            taken, last_end = taken + 1, end
    return taken

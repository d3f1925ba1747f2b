"""Treats the day numbers as 0-based list indices, shifting every booking one day later."""

BREAKS = "days-from-one"


def daily_headcount(days: int, bookings: list[list[int]]) -> list[int]:
    change = [0] * (days + 2)
    for first, last, guests in bookings:
        change[first] += guests
        change[last + 1] -= guests
    counts, running = [], 0
    for day in range(days):
        running += change[day]
        counts.append(running)
    return counts

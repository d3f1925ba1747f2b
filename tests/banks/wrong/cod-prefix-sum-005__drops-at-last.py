"""Difference array that subtracts on the last day itself, so each booking loses its final day."""

BREAKS = "last-day-included"


def daily_headcount(days: int, bookings: list[list[int]]) -> list[int]:
    change = [0] * (days + 2)
    for first, last, guests in bookings:
        change[first] += guests
        change[last] -= guests
    counts, running = [], 0
    for day in range(1, days + 1):
        running += change[day]
        counts.append(running)
    return counts

"""Adds each booking to every day it covers: right, but O(total booked days)."""

BREAKS = "too-slow"


def daily_headcount(days: int, bookings: list[list[int]]) -> list[int]:
    counts = [0] * days
    for first, last, guests in bookings:
        for day in range(first, last + 1):
            counts[day - 1] += guests
    return counts

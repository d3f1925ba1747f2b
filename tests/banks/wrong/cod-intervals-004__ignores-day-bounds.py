"""Sweeps from time 0 instead of day_start and never checks the end of the working day."""

BREAKS = "within-day"


def first_common_slot(calendars: list[list[list[int]]], day_start: int, day_end: int, duration: int) -> list[int]:
    blocks = sorted((s, e) for calendar in calendars for s, e in calendar)
    cursor = 0
    for s, e in blocks:
        if s - cursor >= duration:
            break
        cursor = max(cursor, e)
    return [cursor, cursor + duration]

"""Treats busy blocks as closed, so a call may not start at a block's end or end at the next start."""

BREAKS = "touching-free"


def first_common_slot(calendars: list[list[list[int]]], day_start: int, day_end: int, duration: int) -> list[int]:
    blocks = sorted((s, e) for calendar in calendars for s, e in calendar)
    cursor = day_start
    for s, e in blocks:
        if s - cursor > duration + 1:
            break
        cursor = max(cursor, e + 1)
    if cursor + duration <= day_end:
        return [cursor, cursor + duration]
    return []

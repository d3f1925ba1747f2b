"""Tries day_start and every block end as a start and checks it against every block: O(n^2)."""

BREAKS = "too-slow"


def first_common_slot(calendars: list[list[list[int]]], day_start: int, day_end: int, duration: int) -> list[int]:
    blocks = [(s, e) for calendar in calendars for s, e in calendar]
    candidates = sorted({day_start} | {e for _, e in blocks if e >= day_start})
    for t in candidates:
        if t + duration > day_end:
            return []
        if all(e <= t or s >= t + duration for s, e in blocks):
            return [t, t + duration]
    return []

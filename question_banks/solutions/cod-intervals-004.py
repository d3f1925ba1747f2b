def first_common_slot(calendars: list[list[list[int]]], day_start: int, day_end: int, duration: int) -> list[int]:
    blocks = sorted((s, e) for calendar in calendars for s, e in calendar)
    cursor = day_start  # everything before the cursor is busy or outside the day
    for s, e in blocks:
        if s - cursor >= duration:
            break
        cursor = max(cursor, e)
    if cursor + duration <= day_end:
        return [cursor, cursor + duration]
    return []

"""The right recurrence on exact big integers, never reduced modulo 1,000,000,007."""

BREAKS = "modulo"


def pager_readings(digits: str) -> int:
    before, last = 0, 1
    for i, d in enumerate(digits):
        current = last if d != "0" else 0
        if i and 10 <= int(digits[i - 1 : i + 1]) <= 26:
            current += before
        before, last = last, current
    return last

"""Handles zeros but accepts every two-digit pair from 10 to 99 as a code."""

BREAKS = "up-to-26"


def pager_readings(digits: str) -> int:
    before, last = 0, 1
    for i, d in enumerate(digits):
        current = last if d != "0" else 0
        if i and digits[i - 1] != "0":
            current += before
        before, last = last, current % 1_000_000_007
    return last

"""Erases the first digit that is larger than its successor, k times, rescanning from the start: O(nk)."""

BREAKS = "too-slow"


def smallest_after_erasing(reading: str, k: int) -> str:
    digits = list(reading)
    for _ in range(k):
        i = 0
        while i + 1 < len(digits) and digits[i] <= digits[i + 1]:
            i += 1
        del digits[i]
    return "".join(digits).lstrip("0") or "0"

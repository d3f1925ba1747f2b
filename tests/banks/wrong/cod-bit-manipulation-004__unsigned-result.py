"""Counts bits modulo 3 correctly but returns the raw 32-bit pattern, so a negative id comes back as a large positive one."""

BREAKS = "negative-ids"


def scanned_once(scans: list[int]) -> int:
    result = 0
    for bit in range(32):
        if sum((x >> bit) & 1 for x in scans) % 3:
            result |= 1 << bit
    return result

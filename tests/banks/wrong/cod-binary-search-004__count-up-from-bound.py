"""Starts at ceil(total / hours) and tries each faster speed in turn: right, but linear in the answer's distance."""

BREAKS = "too-slow"


def slowest_speed(pages: list[int], hours: int) -> int:
    speed = max(1, (sum(pages) + hours - 1) // hours)
    while sum((p + speed - 1) // speed for p in pages) > hours:
        speed += 1
    return speed

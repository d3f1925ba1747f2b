"""Counts distinct unhindered arrival times, as if trucks could overtake."""

from fractions import Fraction

BREAKS = "no-overtaking"


def convoys(depot: int, start: list[int], speed: list[int]) -> int:
    return len({Fraction(depot - p, v) for p, v in zip(start, speed)})

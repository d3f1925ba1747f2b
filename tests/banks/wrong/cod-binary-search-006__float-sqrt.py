"""Takes int(math.sqrt(count)), which rounds up for huge counts just below a perfect square."""

import math

BREAKS = "exact-near-squares"


def largest_patio_sides(tiles: list[int]) -> list[int]:
    return [int(math.sqrt(count)) for count in tiles]

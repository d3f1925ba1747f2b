"""Fills each column up to the tallest column on its left, ignoring a lower right side."""

BREAKS = "lower-wall"


def pooled_rain(heights: list[int]) -> int:
    water, left_max = 0, 0
    for h in heights:
        left_max = max(left_max, h)
        water += left_max - h
    return water

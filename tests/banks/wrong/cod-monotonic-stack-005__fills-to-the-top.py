"""Fills every column up to the tallest column of the whole roof, so water never runs off the sides."""

BREAKS = "runs-off-edges"


def pooled_rain(heights: list[int]) -> int:
    top = max(heights, default=0)
    return sum(top - h for h in heights)

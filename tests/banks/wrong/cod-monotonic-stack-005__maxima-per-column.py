"""Recomputes the tallest column on each side for every column: right, but O(n^2)."""

BREAKS = "too-slow"


def pooled_rain(heights: list[int]) -> int:
    water = 0
    for i, h in enumerate(heights):
        level = min(max(heights[: i + 1]), max(heights[i:]))
        water += level - h
    return water

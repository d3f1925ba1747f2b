"""Sorted scan that demands more than h stars, so a repository with exactly h stars does not count."""

BREAKS = "at-least-h"


def impact_score(stars: list[int]) -> int:
    h = 0
    for i, s in enumerate(sorted(stars, reverse=True)):
        if s > i + 1:
            h = i + 1
    return h

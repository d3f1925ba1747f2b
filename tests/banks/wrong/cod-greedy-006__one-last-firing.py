"""The block formula, but only one firing is added for the last block even when glazes tie for the top count."""

from collections import Counter

BREAKS = "tied-glazes"


def fewest_hours(jobs: list[str], gap: int) -> int:
    top = max(Counter(jobs).values())
    return max(len(jobs), (top - 1) * (gap + 1) + 1)

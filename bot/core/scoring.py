"""Points and rubric aggregation."""

from __future__ import annotations

from collections.abc import Iterable

# A session is worth 100 points; each hint costs 10, but an honest attempt keeps at least half.
MAX_POINTS = 100
HINT_PENALTY = 10
MIN_MAX_POINTS = 50


def max_points(hints_used: int) -> int:
    """Return the most a session can earn after using some hints."""
    return max(MIN_MAX_POINTS, MAX_POINTS - HINT_PENALTY * hints_used)


def rubric_points(scores: Iterable[int], hints_used: int) -> int:
    """Turn 1–4 rubric scores into points, scaled by the session's maximum."""
    values = list(scores)
    if not values:
        return 0
    mean = sum(values) / len(values)
    return round(max_points(hints_used) * (mean - 1) / 3)

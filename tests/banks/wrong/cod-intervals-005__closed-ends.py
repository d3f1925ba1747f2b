"""Sorts correctly but treats a visit starting at the previous end as a clash."""

BREAKS = "touching-ok"


def can_make_all(visits: list[list[int]]) -> bool:
    ordered = sorted(visits)
    return all(start > prev_end for (_, prev_end), (start, _) in zip(ordered, ordered[1:]))

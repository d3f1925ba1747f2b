"""Compares each visit with the one booked just before it, without sorting by time."""

BREAKS = "booking-order"


def can_make_all(visits: list[list[int]]) -> bool:
    for (s1, e1), (s2, e2) in zip(visits, visits[1:]):
        if s1 < e2 and s2 < e1:
            return False
    return True

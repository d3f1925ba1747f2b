"""Checks every pair of visits for an overlap: right, but O(n^2) for 100,000 visits."""

BREAKS = "too-slow"


def can_make_all(visits: list[list[int]]) -> bool:
    for i, (s1, e1) in enumerate(visits):
        for s2, e2 in visits[i + 1 :]:
            if s1 < e2 and s2 < e1:
                return False
    return True

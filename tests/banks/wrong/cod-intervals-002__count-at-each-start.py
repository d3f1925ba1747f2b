"""Counts the sessions running at every session's start: right answer, O(n^2)."""

BREAKS = "too-slow"


def min_chargers(sessions: list[list[int]]) -> int:
    return max((sum(1 for s, e in sessions if s <= t < e) for t, _ in sessions), default=0)

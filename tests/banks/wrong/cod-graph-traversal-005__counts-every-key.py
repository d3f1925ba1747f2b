"""Counts room 0 plus every room some key opens, including keys locked in rooms never entered."""

BREAKS = "enter-first"


def rooms_opened(keys: list[list[int]]) -> int:
    return len({0} | {key for room in keys for key in room})

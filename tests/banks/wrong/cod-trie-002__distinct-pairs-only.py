"""Considers only pairs of two different badges, so a single badge has no pair and gets -1."""

BREAKS = "single-badge"


def max_badge_xor(codes: list[int]) -> int:
    return max((a ^ b for i, a in enumerate(codes) for b in codes[i + 1 :]), default=-1)

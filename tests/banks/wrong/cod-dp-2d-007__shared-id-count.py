"""Counts the ids the histories have in common (with multiplicity), ignoring the order they were watched in."""

from collections import Counter

BREAKS = "keeps-order"


def shared_storyline(first: list[int], second: list[int]) -> int:
    return sum((Counter(first) & Counter(second)).values())

"""Accepts as soon as the whole pattern matches some prefix of the name."""

BREAKS = "whole-name"


def filter_matches(name: str, pattern: str) -> bool:
    m = len(pattern)
    prev = [True] + [False] * m
    for j in range(1, m + 1):
        prev[j] = prev[j - 1] and pattern[j - 1] == "*"
    if prev[m]:
        return True
    for ch in name:
        row = [False] * (m + 1)
        for j in range(1, m + 1):
            p = pattern[j - 1]
            if p == "*":
                row[j] = row[j - 1] or prev[j]
            elif p in ("?", ch):
                row[j] = prev[j - 1]
        if row[m]:
            return True
        prev = row
    return False

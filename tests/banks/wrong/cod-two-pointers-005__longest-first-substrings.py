"""Tries substrings from longest to shortest and returns the first that mirrors: right, but O(n^3)."""

BREAKS = "too-slow"


def longest_mirrored(read: str) -> str:
    n = len(read)
    for length in range(n, 0, -1):
        for start in range(n - length + 1):
            piece = read[start : start + length]
            if piece == piece[::-1]:
                return piece
    return ""

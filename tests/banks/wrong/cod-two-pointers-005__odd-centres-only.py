"""Expands only around single letters, so stretches of even length are never found."""

BREAKS = "even-length"


def longest_mirrored(read: str) -> str:
    best = read[:1]
    for i in range(len(read)):
        lo = hi = i
        while lo >= 0 and hi < len(read) and read[lo] == read[hi]:
            lo -= 1
            hi += 1
        if hi - lo - 1 > len(best):
            best = read[lo + 1 : hi]
    return best

"""Centre expansion with a non-strict comparison, so a later stretch of equal length replaces the earliest."""

BREAKS = "earliest-tie"


def longest_mirrored(read: str) -> str:
    n = len(read)
    best_lo, best_len = 0, 0
    for centre in range(2 * n - 1):
        lo, hi = centre // 2, centre // 2 + centre % 2
        while lo >= 0 and hi < n and read[lo] == read[hi]:
            lo -= 1
            hi += 1
        if hi - lo - 1 >= best_len:
            best_lo, best_len = lo + 1, hi - lo - 1
    return read[best_lo : best_lo + best_len]

"""Tries both sides at every mismatch, recursively, so it quietly allows any number of erasures."""

BREAKS = "one-erasure"


def fixable_call_sign(sign: str) -> bool:
    def check(lo: int, hi: int) -> bool:
        while lo < hi:
            if sign[lo] != sign[hi]:
                return check(lo + 1, hi) or check(lo, hi - 1)
            lo += 1
            hi -= 1
        return True

    return check(0, len(sign) - 1)

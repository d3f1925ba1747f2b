def fixable_call_sign(sign: str) -> bool:
    def reads_same(lo: int, hi: int) -> bool:
        while lo < hi:
            if sign[lo] != sign[hi]:
                return False
            lo += 1
            hi -= 1
        return True

    lo, hi = 0, len(sign) - 1
    while lo < hi and sign[lo] == sign[hi]:
        lo += 1
        hi -= 1
    # The first mismatch is the only decision: erase the left character or the right one.
    return lo >= hi or reads_same(lo + 1, hi) or reads_same(lo, hi - 1)

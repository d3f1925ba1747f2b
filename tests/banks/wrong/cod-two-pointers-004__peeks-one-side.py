"""At the first mismatch it peeks one character ahead and commits to skipping that side only."""

BREAKS = "either-side"


def fixable_call_sign(sign: str) -> bool:
    lo, hi = 0, len(sign) - 1
    erased = False
    while lo < hi:
        if sign[lo] == sign[hi]:
            lo += 1
            hi -= 1
        elif erased:
            return False
        else:
            erased = True
            if sign[lo + 1] == sign[hi]:
                lo += 1
            else:
                hi -= 1
    return True

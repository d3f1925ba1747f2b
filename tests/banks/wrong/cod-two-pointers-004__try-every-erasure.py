"""Erases each character in turn and re-checks the whole string: right, but O(n^2)."""

BREAKS = "too-slow"


def fixable_call_sign(sign: str) -> bool:
    if sign == sign[::-1]:
        return True
    for i in range(len(sign)):
        rest = sign[:i] + sign[i + 1 :]
        if rest == rest[::-1]:
            return True
    return False

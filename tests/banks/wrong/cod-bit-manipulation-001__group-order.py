"""XOR split by the lowest set bit, returned in group order rather than as [smaller, larger]."""

BREAKS = "smaller-first"


def two_unpaired(codes: list[int]) -> list[int]:
    both = 0
    for c in codes:
        both ^= c
    bit = both & -both
    a = 0
    for c in codes:
        if c & bit:
            a ^= c
    return [a, both ^ a]

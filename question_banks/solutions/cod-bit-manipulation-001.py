def two_unpaired(codes: list[int]) -> list[int]:
    both = 0
    for x in codes:
        both ^= x  # pairs cancel, leaving a ^ b
    low = both & -both  # a bit where a and b differ
    a = 0
    for x in codes:
        if x & low:
            a ^= x
    b = both ^ a
    return [min(a, b), max(a, b)]

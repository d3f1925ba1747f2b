"""Sieve that only clears position 0, so 1 is counted as prime."""

BREAKS = "zero-one-not-prime"


def count_prime_tickets(n: int) -> int:
    if n == 0:
        return 0
    flags = bytearray([1]) * n
    flags[0] = 0
    p = 2
    while p * p < n:
        if flags[p]:
            flags[p * p :: p] = bytes(len(range(p * p, n, p)))
        p += 1
    return sum(flags)

"""Sieves 0..n inclusive, so a prime cut-off is counted as a ticket."""

BREAKS = "cut-off-excluded"


def count_prime_tickets(n: int) -> int:
    if n < 2:
        return 0
    flags = bytearray([1]) * (n + 1)
    flags[0] = flags[1] = 0
    p = 2
    while p * p <= n:
        if flags[p]:
            flags[p * p :: p] = bytes(len(range(p * p, n + 1, p)))
        p += 1
    return sum(flags)

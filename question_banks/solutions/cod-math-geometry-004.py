def count_prime_tickets(n: int) -> int:
    if n <= 2:
        return 0
    flags = bytearray([1]) * n
    flags[0] = flags[1] = 0
    p = 2
    while p * p < n:
        if flags[p]:
            # Smaller multiples of p were cleared by smaller primes already.
            flags[p * p :: p] = bytes(len(range(p * p, n, p)))
        p += 1
    return sum(flags)

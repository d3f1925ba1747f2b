"""Tests each number for a divisor up to its square root: right, but about n * sqrt(n) / log n steps."""

BREAKS = "too-slow"


def count_prime_tickets(n: int) -> int:
    count = 0
    for m in range(2, n):
        d = 2
        while d * d <= m and m % d:
            d += 1
        if d * d > m:
            count += 1
    return count

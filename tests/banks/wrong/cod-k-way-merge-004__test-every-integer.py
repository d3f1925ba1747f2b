"""Right answers, but tests every integer by dividing out the approved primes: far too slow for large n."""

BREAKS = "too-slow"


def nth_clean_number(primes: list[int], n: int) -> int:
    found = 0
    x = 0
    while found < n:
        x += 1
        rest = x
        for p in primes:
            while rest % p == 0:
                rest //= p
        if rest == 1:
            found += 1
    return x

"""Merges the prime streams but advances only the first stream with the minimum, so 6 appears twice."""

BREAKS = "count-each-once"


def nth_clean_number(primes: list[int], n: int) -> int:
    clean = [1]
    pos = [0] * len(primes)
    nxt = list(primes)
    while len(clean) < n:
        value = min(nxt)
        clean.append(value)
        t = nxt.index(value)
        pos[t] += 1
        nxt[t] = primes[t] * clean[pos[t]]
    return clean[n - 1]

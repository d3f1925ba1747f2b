def nth_clean_number(primes: list[int], n: int) -> int:
    # Each prime p is a sorted stream p * clean[0], p * clean[1], ...; merge the streams lazily.
    clean = [1]
    pos = [0] * len(primes)  # pos[t]: index in `clean` of the next value to multiply by primes[t]
    nxt = list(primes)
    while len(clean) < n:
        value = min(nxt)
        clean.append(value)
        for t, p in enumerate(primes):
            if nxt[t] == value:  # advance every stream that produced it, so it is not repeated
                pos[t] += 1
                nxt[t] = p * clean[pos[t]]
    return clean[n - 1]

def alias_sample(weights: list[float], draws: list[list[float]]) -> list[int]:
    k = len(weights)
    total = 0.0
    for w in weights:
        total += w
    scaled = [w * k / total for w in weights]
    prob = [1.0] * k
    alias = list(range(k))
    small = [i for i in range(k) if scaled[i] < 1.0]
    large = [i for i in range(k) if scaled[i] >= 1.0]
    while small and large:
        s = small.pop()
        big = large.pop()
        prob[s] = scaled[s]
        alias[s] = big
        scaled[big] = (scaled[big] + scaled[s]) - 1.0
        (small if scaled[big] < 1.0 else large).append(big)
    # Whatever is left (in either list, after rounding) keeps prob 1 and aliases itself.
    out = []
    for u1, u2 in draws:
        column = min(int(u1 * k), k - 1)
        out.append(column if u2 < prob[column] else alias[column])
    return out

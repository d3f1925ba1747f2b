def by_popularity(codes: list[int]) -> list[int]:
    counts: dict[int, int] = {}  # dicts keep insertion order, i.e. first appearance
    for c in codes:
        counts[c] = counts.get(c, 0) + 1
    # Bucket i holds the codes seen exactly i times, in order of first appearance.
    buckets: list[list[int]] = [[] for _ in range(len(codes) + 1)]
    for code, n in counts.items():
        buckets[n].append(code)
    out = []
    for n in range(len(codes), 0, -1):
        out.extend(buckets[n])
    return out

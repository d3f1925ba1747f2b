def filter_matches(name: str, pattern: str) -> bool:
    m = len(pattern)
    # prev[j]: do the first j pattern characters match the name prefix handled so far?
    prev = [True] + [False] * m
    for j in range(1, m + 1):
        prev[j] = prev[j - 1] and pattern[j - 1] == "*"
    for ch in name:
        row = [False] * (m + 1)
        for j in range(1, m + 1):
            p = pattern[j - 1]
            if p == "*":
                row[j] = row[j - 1] or prev[j]  # star matches nothing, or absorbs ch
            elif p == "?" or p == ch:
                row[j] = prev[j - 1]
        prev = row
    return prev[m]

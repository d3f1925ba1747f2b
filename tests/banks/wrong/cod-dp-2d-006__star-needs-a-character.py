"""The prefix table, but a star must absorb at least one character."""

BREAKS = "star-may-be-empty"


def filter_matches(name: str, pattern: str) -> bool:
    n, m = len(name), len(pattern)
    match = [[False] * (m + 1) for _ in range(n + 1)]
    match[0][0] = True
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            p = pattern[j - 1]
            if p == "*":
                match[i][j] = match[i - 1][j - 1] or match[i - 1][j]
            elif p in ("?", name[i - 1]):
                match[i][j] = match[i - 1][j - 1]
    return match[n][m]

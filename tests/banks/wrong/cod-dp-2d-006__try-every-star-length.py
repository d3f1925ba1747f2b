"""Plain recursion trying every length for each star: right answers, exponential on long star chains."""

BREAKS = "too-slow"
RAISES = "RecursionError"  # the large case is deeper than the interpreter's stack allows


def filter_matches(name: str, pattern: str) -> bool:
    def match(i: int, j: int) -> bool:
        if j == len(pattern):
            return i == len(name)
        if pattern[j] == "*":
            return any(match(k, j + 1) for k in range(i, len(name) + 1))
        return i < len(name) and pattern[j] in ("?", name[i]) and match(i + 1, j + 1)

    return match(0, 0)

"""The right two cases as plain recursion without memoisation: exponential on long histories."""

BREAKS = "too-slow"
RAISES = "RecursionError"  # the large case is deeper than the interpreter's stack allows


def shared_storyline(first: list[int], second: list[int]) -> int:
    def best(i: int, j: int) -> int:
        if i == len(first) or j == len(second):
            return 0
        if first[i] == second[j]:
            return 1 + best(i + 1, j + 1)
        return max(best(i + 1, j), best(i, j + 1))

    return best(0, 0)

"""Backtracking that reads every piece with int(), so "01" quietly becomes 1."""

BREAKS = "no-leading-zero"


def increasing_splits(digits: str) -> list[list[int]]:
    out: list[list[int]] = []

    def go(start: int, path: list[int]) -> None:
        if start == len(digits):
            if len(path) >= 2:
                out.append(path[:])
            return
        for end in range(start + 1, len(digits) + 1):
            value = int(digits[start:end])
            if not path or value > path[-1]:
                path.append(value)
                go(end, path)
                path.pop()

    go(0, [])
    return out

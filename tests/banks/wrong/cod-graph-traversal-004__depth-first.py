"""Depth-first search that returns the length of the first chain it reaches the target by."""

BREAKS = "fewest"


def fewest_moves(start: str, target: str, words: list[str]) -> int:
    if start == target:
        return 0
    allowed = list(dict.fromkeys(words))
    if target not in allowed:
        return -1
    seen = {start}
    stack = [(start, 0)]
    while stack:
        word, moves = stack.pop()
        if word == target:
            return moves
        for other in allowed:
            if other not in seen and sum(a != b for a, b in zip(word, other)) == 1:
                seen.add(other)
                stack.append((other, moves + 1))
    return -1

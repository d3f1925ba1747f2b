"""Breadth-first search that finds neighbours by comparing the word with every listed word: O(n^2 * L)."""

from collections import deque

BREAKS = "too-slow"


def fewest_moves(start: str, target: str, words: list[str]) -> int:
    if start == target:
        return 0
    allowed = list(dict.fromkeys(words))
    if target not in allowed:
        return -1
    seen = {start}
    queue = deque([(start, 0)])
    while queue:
        word, moves = queue.popleft()
        for other in allowed:
            if other not in seen and sum(a != b for a, b in zip(word, other)) == 1:
                if other == target:
                    return moves + 1
                seen.add(other)
                queue.append((other, moves + 1))
    return -1

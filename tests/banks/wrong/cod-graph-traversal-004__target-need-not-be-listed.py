"""Letter-substitution BFS that accepts the target on sight, even when the list does not contain it."""

from collections import deque

BREAKS = "target-listed"


def fewest_moves(start: str, target: str, words: list[str]) -> int:
    allowed = set(words)
    dist = {start: 0}
    queue = deque([start])
    while queue:
        word = queue.popleft()
        if word == target:
            return dist[word]
        for i in range(len(word)):
            for letter in "abcdefghijklmnopqrstuvwxyz":
                nxt = word[:i] + letter + word[i + 1 :]
                if (nxt in allowed or nxt == target) and nxt not in dist:
                    dist[nxt] = dist[word] + 1
                    queue.append(nxt)
    return -1

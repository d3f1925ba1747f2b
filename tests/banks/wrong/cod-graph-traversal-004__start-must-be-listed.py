"""Builds the graph from the list only and gives up when the start word is not in it."""

from collections import deque

BREAKS = "start-unlisted"


def fewest_moves(start: str, target: str, words: list[str]) -> int:
    allowed = set(words)
    if start not in allowed or target not in allowed:
        return 0 if start == target else -1
    dist = {start: 0}
    queue = deque([start])
    while queue:
        word = queue.popleft()
        if word == target:
            return dist[word]
        for i in range(len(word)):
            for letter in "abcdefghijklmnopqrstuvwxyz":
                nxt = word[:i] + letter + word[i + 1 :]
                if nxt in allowed and nxt not in dist:
                    dist[nxt] = dist[word] + 1
                    queue.append(nxt)
    return -1

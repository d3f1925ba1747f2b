"""Kahn's algorithm with a FIFO queue (seeded in a-to-z order): a valid order, not the smallest one."""

from collections import deque

BREAKS = "smallest-order"


def recover_alphabet(words: list[str]) -> str:
    letters = sorted({c for word in words for c in word})
    edges = {c: set() for c in letters}
    indeg = dict.fromkeys(letters, 0)
    for first, second in zip(words, words[1:]):
        for a, b in zip(first, second):
            if a != b:
                if b not in edges[a]:
                    edges[a].add(b)
                    indeg[b] += 1
                break
        else:
            if len(first) > len(second):
                return ""
    queue = deque(c for c in letters if indeg[c] == 0)
    out = []
    while queue:
        c = queue.popleft()
        out.append(c)
        for d in sorted(edges[c]):
            indeg[d] -= 1
            if indeg[d] == 0:
                queue.append(d)
    return "".join(out) if len(out) == len(letters) else ""

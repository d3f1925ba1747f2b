"""Min-heap Kahn that forgets a word listed before its own prefix is a contradiction."""

import heapq

BREAKS = "prefix-contradiction"


def recover_alphabet(words: list[str]) -> str:
    letters = {c for word in words for c in word}
    edges = {c: set() for c in letters}
    indeg = dict.fromkeys(letters, 0)
    for first, second in zip(words, words[1:]):
        for a, b in zip(first, second):
            if a != b:
                if b not in edges[a]:
                    edges[a].add(b)
                    indeg[b] += 1
                break
    ready = [c for c in letters if indeg[c] == 0]
    heapq.heapify(ready)
    out = []
    while ready:
        c = heapq.heappop(ready)
        out.append(c)
        for d in edges[c]:
            indeg[d] -= 1
            if indeg[d] == 0:
                heapq.heappush(ready, d)
    return "".join(out) if len(out) == len(letters) else ""

import heapq


def recover_alphabet(words: list[str]) -> str:
    letters = set()
    for word in words:
        letters.update(word)
    edges = {c: set() for c in letters}
    indeg = {c: 0 for c in letters}
    for first, second in zip(words, words[1:]):
        for a, b in zip(first, second):
            if a != b:
                if b not in edges[a]:
                    edges[a].add(b)
                    indeg[b] += 1
                break
        else:
            if len(first) > len(second):
                return ""  # a word listed before its own proper prefix
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

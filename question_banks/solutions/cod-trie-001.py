def shortest_unique_prefixes(words: list[str]) -> list[str]:
    # Trie of dicts; each node counts how many words pass through it.
    root: dict = {}
    counts = {id(root): 0}
    for word in words:
        node = root
        for ch in word:
            nxt = node.get(ch)
            if nxt is None:
                nxt = node[ch] = {}
                counts[id(nxt)] = 0
            node = nxt
            counts[id(node)] += 1
    result = []
    for word in words:
        node = root
        answer = word
        for depth, ch in enumerate(word, start=1):
            node = node[ch]
            if counts[id(node)] == 1:
                answer = word[:depth]
                break
        result.append(answer)
    return result

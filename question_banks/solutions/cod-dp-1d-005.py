def fewest_pieces(tag: str, words: list[str]) -> int:
    vocab = set(words)
    longest = max(len(w) for w in vocab)
    inf = len(tag) + 1
    best = [0] + [inf] * len(tag)
    for i in range(1, len(tag) + 1):
        for j in range(max(0, i - longest), i):
            if best[j] + 1 < best[i] and tag[j:i] in vocab:
                best[i] = best[j] + 1
    return best[-1] if best[-1] < inf else -1

"""Scans each word from the right when merging, so overlapping runs pair up from the end."""

from collections import Counter

BREAKS = "left-to-right-merge"


def _merge(symbols: list[str], a: str, b: str) -> list[str]:
    out = []
    i = len(symbols) - 1
    while i >= 0:
        if i >= 1 and symbols[i - 1] == a and symbols[i] == b:
            out.append(a + b)
            i -= 2
        else:
            out.append(symbols[i])
            i -= 1
    return out[::-1]


def bpe_merges(words: list[list], num_merges: int) -> list[list[str]]:
    vocab = [(list(word), int(count)) for word, count in words]
    merges: list[list[str]] = []
    for _ in range(num_merges):
        pairs: Counter = Counter()
        for symbols, count in vocab:
            for pair in zip(symbols, symbols[1:]):
                pairs[pair] += count
        if not pairs:
            break
        best = min(pairs, key=lambda p: (-pairs[p], p))
        merges.append(list(best))
        vocab = [(_merge(symbols, *best), count) for symbols, count in vocab]
    return merges

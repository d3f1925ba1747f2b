"""Add-k bigram model whose denominator counts only vocab_size outcomes, leaving EOS out."""

import math
from collections import Counter

BREAKS = "eos-is-an-outcome"


def bigram_perplexity(train: list[list[int]], test: list[list[int]], vocab_size: int, k: float) -> float:
    bos, eos = -1, -2
    pairs: Counter = Counter()
    contexts: Counter = Counter()
    for sentence in train:
        wrapped = [bos, *sentence, eos]
        for u, w in zip(wrapped, wrapped[1:]):
            pairs[u, w] += 1
            contexts[u] += 1
    total, count = 0.0, 0
    for sentence in test:
        wrapped = [bos, *sentence, eos]
        for u, w in zip(wrapped, wrapped[1:]):
            total += math.log((pairs[u, w] + k) / (contexts[u] + k * vocab_size))
            count += 1
    return math.exp(-total / count)

import math
from collections import Counter


def bigram_perplexity(train: list[list[int]], test: list[list[int]], vocab_size: int, k: float) -> float:
    bos, eos = vocab_size, vocab_size + 1
    pair_counts: Counter = Counter()
    context_counts: Counter = Counter()
    for sentence in train:
        seq = [bos, *sentence, eos]
        pair_counts.update(zip(seq, seq[1:]))
        context_counts.update(seq[:-1])
    outcomes = vocab_size + 1  # every word plus the end marker
    log_sum = 0.0
    predicted = 0
    for sentence in test:
        seq = [bos, *sentence, eos]
        for prev, cur in zip(seq, seq[1:]):
            prob = (pair_counts[(prev, cur)] + k) / (context_counts[prev] + k * outcomes)
            log_sum += math.log(prob)
            predicted += 1
    return math.exp(-log_sum / predicted)

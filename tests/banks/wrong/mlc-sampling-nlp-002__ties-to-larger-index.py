"""TF-IDF cosine ranking that sorts (score, index) pairs in reverse, so ties favour the larger index."""

import math
from collections import Counter

BREAKS = "ties-smaller-index"


def tfidf_top_k(docs: list[list[int]], query: list[int], k: int) -> list[int]:
    n = len(docs)
    bags = [Counter(d) for d in docs]
    df = Counter(t for bag in bags for t in bag)
    idf = {t: math.log((1 + n) / (1 + c)) + 1 for t, c in df.items()}
    q = {t: c * idf[t] for t, c in Counter(query).items() if t in idf}
    qn = math.sqrt(sum(v * v for v in q.values()))
    scored = []
    for i, bag in enumerate(bags):
        vec = {t: c * idf[t] for t, c in bag.items()}
        dn = math.sqrt(sum(v * v for v in vec.values()))
        dot = sum(v * vec.get(t, 0.0) for t, v in q.items())
        scored.append((round(dot / (qn * dn), 9) if qn and dn else 0.0, i))
    return [i for _, i in sorted(scored, reverse=True)[: min(k, n)]]

import math
from collections import Counter


def tfidf_top_k(docs: list[list[int]], query: list[int], k: int) -> list[int]:
    n = len(docs)
    bags = [Counter(doc) for doc in docs]
    df: Counter = Counter()
    for bag in bags:
        df.update(bag.keys())
    idf = {t: math.log((1 + n) / (1 + c)) + 1.0 for t, c in df.items()}
    q = {t: c * idf[t] for t, c in Counter(query).items() if t in idf}
    q_norm = math.sqrt(sum(v * v for v in q.values()))
    scores = []
    for bag in bags:
        d_norm = math.sqrt(sum((c * idf[t]) ** 2 for t, c in bag.items()))
        if q_norm == 0 or d_norm == 0:
            scores.append(0.0)
            continue
        dot = sum(qv * bag[t] * idf[t] for t, qv in q.items() if t in bag)
        scores.append(round(dot / (q_norm * d_norm), 9))
    order = sorted(range(n), key=lambda i: (-scores[i], i))
    return order[: min(k, n)]

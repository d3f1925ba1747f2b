"""Counts a query without relevant documents as recall 0 and reciprocal rank 0."""

import numpy as np

BREAKS = "skip-empty"


def retrieval_metrics(scores: list[list[float]], relevant: list[list[int]], k: int) -> list[float]:
    recalls = []
    reciprocal_ranks = []
    for row, rel in zip(scores, relevant):
        if not rel:
            recalls.append(0.0)
            reciprocal_ranks.append(0.0)
            continue
        s = np.asarray(row, dtype=float)
        ids = np.arange(len(s))
        rel_ids = np.unique(np.asarray(rel, dtype=int))
        # Rank of document r (1-based): documents with a higher score, or an equal score and a smaller id, come first.
        ranks = [int((s > s[r]).sum() + ((s == s[r]) & (ids < r)).sum()) + 1 for r in rel_ids]
        recalls.append(sum(rank <= k for rank in ranks) / len(rel_ids))
        reciprocal_ranks.append(1.0 / min(ranks))
    if not recalls:
        return [0.0, 0.0]
    return [float(np.mean(recalls)), float(np.mean(reciprocal_ranks))]

"""Ranks a relevant document ahead of every document it ties with."""

import numpy as np

BREAKS = "ties-by-id"


def retrieval_metrics(scores: list[list[float]], relevant: list[list[int]], k: int) -> list[float]:
    recalls = []
    reciprocal_ranks = []
    for row, rel in zip(scores, relevant):
        if not rel:
            continue  # a query with no relevant document is left out of both means
        s = np.asarray(row, dtype=float)
        rel_ids = np.unique(np.asarray(rel, dtype=int))
        # Rank of document r (1-based): documents with a higher score, or an equal score and a smaller id, come first.
        ranks = [int((s > s[r]).sum()) + 1 for r in rel_ids]
        recalls.append(sum(rank <= k for rank in ranks) / len(rel_ids))
        reciprocal_ranks.append(1.0 / min(ranks))
    if not recalls:
        return [0.0, 0.0]
    return [float(np.mean(recalls)), float(np.mean(reciprocal_ranks))]

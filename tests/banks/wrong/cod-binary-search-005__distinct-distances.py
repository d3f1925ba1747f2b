"""Ranks the distinct distances, so repeated distances are counted once."""

BREAKS = "repeats-kept"


def kth_pair_distance(markers: list[int], k: int) -> int:
    distances = {abs(a - b) for i, a in enumerate(markers) for b in markers[i + 1 :]}
    ranked = sorted(distances)
    return ranked[min(k, len(ranked)) - 1]

"""Takes the k-th largest distinct value, so equal bids count once."""

BREAKS = "duplicates-count"


def kth_highest_bid(bids: list[int], k: int) -> int:
    values = sorted(set(bids), reverse=True)
    return values[min(k, len(values)) - 1]

from collections import Counter


def fewest_hours(jobs: list[str], gap: int) -> int:
    counts = Counter(jobs).values()
    top = max(counts)
    ties = sum(1 for c in counts if c == top)
    return max(len(jobs), (top - 1) * (gap + 1) + ties)

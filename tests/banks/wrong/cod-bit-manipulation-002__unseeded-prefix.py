"""Prefix-XOR counting that forgets the empty prefix, so windows starting at index 0 are missed."""

from collections import Counter

BREAKS = "windows-from-start"


def count_xor_windows(codes: list[int], key: int) -> int:
    seen: Counter = Counter()
    prefix = count = 0
    for c in codes:
        prefix ^= c
        count += seen[prefix ^ key]
        seen[prefix] += 1
    return count

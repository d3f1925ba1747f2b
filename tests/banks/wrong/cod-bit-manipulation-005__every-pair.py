"""Compares every pair with a popcount of the XOR: right, but O(n^2)."""

BREAKS = "too-slow"


def total_disagreement(configs: list[int]) -> int:
    total = 0
    for i in range(len(configs)):
        for j in range(i + 1, len(configs)):
            total += bin(configs[i] ^ configs[j]).count("1")
    return total

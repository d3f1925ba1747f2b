"""Multiplies the other n - 1 gains afresh for every stage: right, but O(n^2)."""

BREAKS = "too-slow"
MOD = 1_000_000_007


def gains_without_each(gains: list[int]) -> list[int]:
    answer = []
    for i in range(len(gains)):
        product = 1
        for j, g in enumerate(gains):
            if j != i:
                product = product * g % MOD
        answer.append(product)
    return answer

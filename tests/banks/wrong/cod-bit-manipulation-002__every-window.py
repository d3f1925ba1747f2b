"""XORs every window from each start: right counts, O(n^2)."""

BREAKS = "too-slow"


def count_xor_windows(codes: list[int], key: int) -> int:
    count = 0
    for i in range(len(codes)):
        acc = 0
        for j in range(i, len(codes)):
            acc ^= codes[j]
            count += acc == key
    return count

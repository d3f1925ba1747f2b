def count_xor_windows(codes: list[int], key: int) -> int:
    seen = {0: 1}  # prefix XOR value -> how many prefixes had it
    prefix = 0
    total = 0
    for x in codes:
        prefix ^= x
        # A window (j, i] has XOR key exactly when prefix_j == prefix_i ^ key.
        total += seen.get(prefix ^ key, 0)
        seen[prefix] = seen.get(prefix, 0) + 1
    return total

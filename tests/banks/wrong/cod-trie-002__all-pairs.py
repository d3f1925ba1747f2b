"""XORs every pair of badges: right maximum, O(n^2) on 50,000 badges."""

BREAKS = "too-slow"


def max_badge_xor(codes: list[int]) -> int:
    return max(a ^ b for a in codes for b in codes)

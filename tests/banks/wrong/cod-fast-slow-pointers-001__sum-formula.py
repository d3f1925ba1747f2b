"""Sum formula that assumes the code repeats exactly once and every other code appears."""

BREAKS = "repeats-many-times"


def find_reissued_code(codes: list[int]) -> int:
    n = len(codes) - 1
    return sum(codes) - n * (n + 1) // 2

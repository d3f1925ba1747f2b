"""Two-sided products, but reduced with a C-style remainder that keeps the sign of a negative product."""

BREAKS = "modulo-range"
MOD = 1_000_000_007


def _reduce(x: int) -> int:
    r = abs(x) % MOD
    return -r if x < 0 else r


def gains_without_each(gains: list[int]) -> list[int]:
    n = len(gains)
    answer = [1] * n
    before = 1
    for i in range(n):
        answer[i] = before
        before = _reduce(before * gains[i])
    after = 1
    for i in range(n - 1, -1, -1):
        answer[i] = _reduce(answer[i] * after)
        after = _reduce(after * gains[i])
    return answer

MOD = 1_000_000_007


def gains_without_each(gains: list[int]) -> list[int]:
    n = len(gains)
    answer = [1] * n
    before = 1
    for i in range(n):
        answer[i] = before  # product of gains[0..i-1]
        before = before * gains[i] % MOD
    after = 1
    for i in range(n - 1, -1, -1):
        answer[i] = answer[i] * after % MOD  # times product of gains[i+1..n-1]
        after = after * gains[i] % MOD
    return answer

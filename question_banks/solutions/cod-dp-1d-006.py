MOD = 1_000_000_007


def payment_ways(coins: list[int], fare: int) -> int:
    ways = [1] + [0] * fare
    for value in coins:  # values outside: each multiset is built in value order only
        for a in range(value, fare + 1):
            ways[a] = (ways[a] + ways[a - value]) % MOD
    return ways[fare]

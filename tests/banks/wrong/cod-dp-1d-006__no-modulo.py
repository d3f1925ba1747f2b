"""The right table with exact big integers: forgets to reduce modulo 1,000,000,007."""

BREAKS = "modulo"


def payment_ways(coins: list[int], fare: int) -> int:
    ways = [1] + [0] * fare
    for value in coins:
        for a in range(value, fare + 1):
            ways[a] += ways[a - value]
    return ways[fare]

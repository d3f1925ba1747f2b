"""Amounts in the outer loop and coins inside: counts ordered sequences, so 1 + 2 and 2 + 1 both count."""

BREAKS = "order-irrelevant"


def payment_ways(coins: list[int], fare: int) -> int:
    ways = [1] + [0] * fare
    for a in range(1, fare + 1):
        for value in coins:
            if value <= a:
                ways[a] = (ways[a] + ways[a - value]) % 1_000_000_007
    return ways[fare]

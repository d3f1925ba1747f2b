"""Takes the total product and divides out each gain with a modular inverse, writing 0 for a dead stage."""

BREAKS = "dead-stages"
MOD = 1_000_000_007


def gains_without_each(gains: list[int]) -> list[int]:
    total = 1
    for g in gains:
        total = total * g % MOD
    return [total * pow(g, -1, MOD) % MOD if g % MOD else 0 for g in gains]

"""DP over "farthest reach with s stops": right answer, O(n^2) for 100,000 caches."""

BREAKS = "too-slow"


def fewest_refuels(target: int, start_fuel: int, stations: list[list[int]]) -> int:
    reach = [start_fuel] + [0] * len(stations)
    for i, (position, amount) in enumerate(stations):
        for stops in range(i, -1, -1):
            if reach[stops] >= position:
                reach[stops + 1] = max(reach[stops + 1], reach[stops] + amount)
    return next((s for s, r in enumerate(reach) if r >= target), -1)

"""Event sweep that processes a start before an end at the same minute, so a freed charger is not reused."""

BREAKS = "end-frees-charger"


def min_chargers(sessions: list[list[int]]) -> int:
    events = sorted([(s, 0) for s, _ in sessions] + [(e, 1) for _, e in sessions])
    busy = best = 0
    for _, kind in events:
        busy += 1 if kind == 0 else -1
        best = max(best, busy)
    return best

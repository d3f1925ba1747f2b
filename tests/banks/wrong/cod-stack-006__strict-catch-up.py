"""Merges a truck only when it would arrive strictly earlier, so a catch-up exactly at the depot is missed."""

BREAKS = "catch-at-depot"


def convoys(depot: int, start: list[int], speed: list[int]) -> int:
    lead_time = None
    count = 0
    for pos, v in sorted(zip(start, speed), reverse=True):
        t = (depot - pos) / v
        if lead_time is not None and t < lead_time:
            continue
        lead_time = t
        count += 1
    return count

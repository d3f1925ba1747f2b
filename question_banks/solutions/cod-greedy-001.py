def can_reach_last(ranges: list[int]) -> bool:
    reach = 0  # farthest pad reachable so far
    for i, r in enumerate(ranges):
        if i > reach:
            return False
        reach = max(reach, i + r)
    return True

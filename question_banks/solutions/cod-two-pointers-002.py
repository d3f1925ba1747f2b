def max_tarp_area(poles: list[int]) -> int:
    lo, hi = 0, len(poles) - 1
    best = 0
    while lo < hi:
        height = min(poles[lo], poles[hi])
        best = max(best, height * (hi - lo))
        if poles[lo] < poles[hi]:
            lo += 1
        else:
            hi -= 1
    return best

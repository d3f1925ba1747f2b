def exclusive_times(n: int, events: list[list]) -> list[int]:
    totals = [0] * n
    frames: list[int] = []
    last = 0
    for fid, kind, t in events:
        if frames:
            totals[frames[-1]] += t - last
        last = t
        if kind == "call":
            frames.append(fid)
        else:
            frames.pop()
    return totals

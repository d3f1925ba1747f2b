"""Stack accounting that treats a return time as inclusive (end - start + 1), as in tick-based traces."""

BREAKS = "continuous-clock"


def exclusive_times(n: int, events: list[list]) -> list[int]:
    total = [0] * n
    stack: list[int] = []
    last = 0
    for fid, kind, t in events:
        if kind == "call":
            if stack:
                total[stack[-1]] += t - last
            stack.append(fid)
            last = t
        else:
            total[stack.pop()] += t - last + 1
            last = t + 1
    return total

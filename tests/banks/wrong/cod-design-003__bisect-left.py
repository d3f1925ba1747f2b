"""Per-key histories searched with bisect_left, so a set at exactly time t is missed."""

from bisect import bisect_left

BREAKS = "at-most-t"


def run_store(ops: list[str], args: list[list]) -> list:
    times: dict[str, list[int]] = {}
    values: dict[str, list[str]] = {}
    out: list = []
    for op, a in zip(ops, args):
        if op == "Store":
            out.append(None)
        elif op == "set":
            key, value, t = a
            times.setdefault(key, []).append(t)
            values.setdefault(key, []).append(value)
            out.append(None)
        else:
            key, t = a
            i = bisect_left(times.get(key, []), t) - 1
            out.append(values[key][i] if i >= 0 else "")
    return out

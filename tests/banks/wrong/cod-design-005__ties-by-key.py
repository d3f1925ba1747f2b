"""Counts uses correctly but breaks ties by the smallest key instead of the oldest use."""

BREAKS = "ties-least-recent"


def run_cache(ops: list[str], args: list[list]) -> list:
    out = []
    values: dict[int, int] = {}
    uses: dict[int, int] = {}
    capacity = 0
    for op, a in zip(ops, args):
        if op == "Cache":
            capacity = a[0]
            out.append(None)
        elif op == "get":
            if a[0] in values:
                uses[a[0]] += 1
                out.append(values[a[0]])
            else:
                out.append(-1)
        else:
            key, value = a
            if key in values:
                uses[key] += 1
            else:
                if len(values) == capacity:
                    victim = min(values, key=lambda k: (uses[k], k))
                    del values[victim], uses[victim]
                uses[key] = 1
            values[key] = value
            out.append(None)
    return out

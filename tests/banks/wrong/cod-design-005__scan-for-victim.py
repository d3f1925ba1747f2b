"""Right answers, but scans every cached key to pick the victim: O(capacity) per eviction."""

BREAKS = "too-slow"


def run_cache(ops: list[str], args: list[list]) -> list:
    out = []
    values: dict[int, int] = {}
    uses: dict[int, int] = {}
    last: dict[int, int] = {}
    capacity = 0
    for clock, (op, a) in enumerate(zip(ops, args)):
        if op == "Cache":
            capacity = a[0]
            out.append(None)
        elif op == "get":
            if a[0] in values:
                uses[a[0]] += 1
                last[a[0]] = clock
                out.append(values[a[0]])
            else:
                out.append(-1)
        else:
            key, value = a
            if key in values:
                uses[key] += 1
            else:
                if len(values) == capacity:
                    victim = min(values, key=lambda k: (uses[k], last[k]))
                    del values[victim], uses[victim], last[victim]
                uses[key] = 1
            values[key] = value
            last[key] = clock
            out.append(None)
    return out

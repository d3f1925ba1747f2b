"""A least-recently-used cache: ignores use counts when choosing the victim."""

from collections import OrderedDict

BREAKS = "least-used-first"


def run_cache(ops: list[str], args: list[list]) -> list:
    out = []
    cache: OrderedDict[int, int] = OrderedDict()
    capacity = 0
    for op, a in zip(ops, args):
        if op == "Cache":
            capacity = a[0]
            out.append(None)
        elif op == "get":
            if a[0] in cache:
                cache.move_to_end(a[0])
                out.append(cache[a[0]])
            else:
                out.append(-1)
        else:
            key, value = a
            if key not in cache and len(cache) == capacity:
                cache.popitem(last=False)
            cache[key] = value
            cache.move_to_end(key)
            out.append(None)
    return out

"""LRU shelf whose recency order is a Python list: right outputs, O(capacity) per operation."""

BREAKS = "too-slow"


def run_shelf(ops: list[str], args: list[list]) -> list:
    out: list = []
    order: list[int] = []
    values: dict[int, int] = {}
    capacity = 0
    for op, a in zip(ops, args):
        if op == "Shelf":
            capacity = a[0]
            out.append(None)
        elif op == "get":
            if a[0] in values:
                order.remove(a[0])
                order.append(a[0])
                out.append(values[a[0]])
            else:
                out.append(-1)
        else:
            key, value = a
            if key in values:
                order.remove(key)
            elif len(values) >= capacity:
                del values[order.pop(0)]
            order.append(key)
            values[key] = value
            out.append(None)
    return out

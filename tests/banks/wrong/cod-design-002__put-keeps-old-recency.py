"""OrderedDict shelf whose put updates an existing key's value without marking it recently used."""

from collections import OrderedDict

BREAKS = "update-refreshes"


def run_shelf(ops: list[str], args: list[list]) -> list:
    out: list = []
    shelf: OrderedDict = OrderedDict()
    capacity = 0
    for op, a in zip(ops, args):
        if op == "Shelf":
            capacity = a[0]
            out.append(None)
        elif op == "get":
            if a[0] in shelf:
                shelf.move_to_end(a[0])
                out.append(shelf[a[0]])
            else:
                out.append(-1)
        else:
            key, value = a
            if key not in shelf and len(shelf) >= capacity:
                shelf.popitem(last=False)
            shelf[key] = value
            out.append(None)
    return out

"""Per-count recency groups, but a put on a cached key only refreshes recency and does not count a use."""

from collections import OrderedDict

BREAKS = "update-is-a-use"


def run_cache(ops: list[str], args: list[list]) -> list:
    out = []
    values: dict[int, int] = {}
    uses: dict[int, int] = {}
    groups: dict[int, OrderedDict[int, None]] = {}
    capacity = 0

    def move(key: int, new_count: int) -> None:
        old = uses[key]
        del groups[old][key]
        if not groups[old]:
            del groups[old]
        uses[key] = new_count
        groups.setdefault(new_count, OrderedDict())[key] = None

    for op, a in zip(ops, args):
        if op == "Cache":
            capacity = a[0]
            out.append(None)
        elif op == "get":
            if a[0] in values:
                move(a[0], uses[a[0]] + 1)
                out.append(values[a[0]])
            else:
                out.append(-1)
        else:
            key, value = a
            if key in values:
                move(key, uses[key])
            else:
                if len(values) == capacity:
                    victim, _ = groups[min(groups)].popitem(last=False)
                    if not groups[uses[victim]]:
                        del groups[uses[victim]]
                    del values[victim], uses[victim]
                uses[key] = 1
                groups.setdefault(1, OrderedDict())[key] = None
            values[key] = value
            out.append(None)
    return out

from bisect import bisect_right


class Store:
    def __init__(self) -> None:
        self.times: dict[str, list[int]] = {}
        self.values: dict[str, list[str]] = {}

    def set(self, key: str, value: str, t: int) -> None:
        # Times only grow, so appending keeps each key's history sorted.
        self.times.setdefault(key, []).append(t)
        self.values.setdefault(key, []).append(value)

    def get(self, key: str, t: int) -> str:
        times = self.times.get(key)
        if not times:
            return ""
        i = bisect_right(times, t)
        return self.values[key][i - 1] if i else ""


def run_store(ops: list[str], args: list[list]) -> list:
    out = []
    store = None
    for op, a in zip(ops, args):
        if op == "Store":
            store = Store()
            out.append(None)
        elif op == "set":
            store.set(*a)
            out.append(None)
        else:
            out.append(store.get(*a))
    return out

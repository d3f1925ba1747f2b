from collections import OrderedDict


class RarelyUsedCache:
    """Evicts the least frequently used key; ties go to the least recently used among them."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.values: dict[int, int] = {}
        self.freq: dict[int, int] = {}
        # For each use count, the keys with that count from least to most recently used.
        self.by_freq: dict[int, OrderedDict[int, None]] = {}
        self.min_freq = 0

    def _touch(self, key: int) -> None:
        f = self.freq[key]
        bucket = self.by_freq[f]
        del bucket[key]
        if not bucket:
            del self.by_freq[f]
            if self.min_freq == f:
                self.min_freq = f + 1
        self.freq[key] = f + 1
        self.by_freq.setdefault(f + 1, OrderedDict())[key] = None

    def get(self, key: int) -> int:
        if key not in self.values:
            return -1
        self._touch(key)
        return self.values[key]

    def put(self, key: int, value: int) -> None:
        if self.capacity == 0:
            return
        if key in self.values:
            self.values[key] = value
            self._touch(key)
            return
        if len(self.values) == self.capacity:
            bucket = self.by_freq[self.min_freq]
            victim, _ = bucket.popitem(last=False)
            if not bucket:
                del self.by_freq[self.min_freq]
            del self.values[victim]
            del self.freq[victim]
        self.values[key] = value
        self.freq[key] = 1
        self.by_freq.setdefault(1, OrderedDict())[key] = None
        self.min_freq = 1


def run_cache(ops: list[str], args: list[list]) -> list:
    out = []
    cache = None
    for op, a in zip(ops, args):
        if op == "Cache":
            cache = RarelyUsedCache(*a)
            out.append(None)
        elif op == "get":
            out.append(cache.get(*a))
        else:
            cache.put(*a)
            out.append(None)
    return out

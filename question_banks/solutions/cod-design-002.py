class _Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key: int = 0, value: int = 0) -> None:
        self.key = key
        self.value = value
        self.prev = self.next = None


class Shelf:
    """Hash map from key to node, plus a doubly linked list ordered from most to least recent."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.nodes: dict[int, _Node] = {}
        self.head = _Node()  # sentinel before the most recent
        self.tail = _Node()  # sentinel after the least recent
        self.head.next, self.tail.prev = self.tail, self.head

    def _unlink(self, node: _Node) -> None:
        node.prev.next, node.next.prev = node.next, node.prev

    def _push_front(self, node: _Node) -> None:
        node.prev, node.next = self.head, self.head.next
        self.head.next.prev = node
        self.head.next = node

    def get(self, key: int) -> int:
        node = self.nodes.get(key)
        if node is None:
            return -1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def put(self, key: int, value: int) -> None:
        node = self.nodes.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
            self._push_front(node)
            return
        if len(self.nodes) == self.capacity:
            oldest = self.tail.prev
            self._unlink(oldest)
            del self.nodes[oldest.key]
        node = _Node(key, value)
        self.nodes[key] = node
        self._push_front(node)


def run_shelf(ops: list[str], args: list[list]) -> list:
    out = []
    shelf = None
    for op, a in zip(ops, args):
        if op == "Shelf":
            shelf = Shelf(*a)
            out.append(None)
        elif op == "get":
            out.append(shelf.get(*a))
        else:
            shelf.put(*a)
            out.append(None)
    return out

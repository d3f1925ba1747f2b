class _Node:
    __slots__ = ("entry", "next")

    def __init__(self, entry: list[int], next_node: "_Node | None" = None) -> None:
        self.entry = entry
        self.next = next_node


def _build(entries: list[list[int]]) -> _Node | None:
    head = None
    for entry in reversed(entries):
        head = _Node(entry, head)
    return head


def merge_logs(first: list[list[int]], second: list[list[int]]) -> list[list[int]]:
    a, b = _build(first), _build(second)
    dummy = tail = _Node([])
    while a is not None and b is not None:
        # `<=` keeps the first log's entry ahead on equal times.
        if a.entry[0] <= b.entry[0]:
            tail.next, a = a, a.next
        else:
            tail.next, b = b, b.next
        tail = tail.next
    tail.next = a if a is not None else b
    out = []
    node = dummy.next
    while node is not None:
        out.append(node.entry)
        node = node.next
    return out

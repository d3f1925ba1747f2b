class _Node:
    __slots__ = ("value", "next")

    def __init__(self, value: int, next_node: "_Node | None" = None) -> None:
        self.value = value
        self.next = next_node


def reverse_stretch(values: list[int], start: int, end: int) -> list[int]:
    head = None
    for v in reversed(values):
        head = _Node(v, head)
    dummy = _Node(0, head)
    before = dummy
    for _ in range(start - 1):  # the node just before position `start`
        before = before.next
    first = before.next  # becomes the last node of the reversed stretch
    prev, cur = None, first
    for _ in range(end - start + 1):
        cur.next, prev, cur = prev, cur, cur.next
    before.next = prev
    first.next = cur
    out = []
    node = dummy.next
    while node is not None:
        out.append(node.value)
        node = node.next
    return out

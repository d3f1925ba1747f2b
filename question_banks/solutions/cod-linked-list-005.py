class _Node:
    __slots__ = ("value", "next")

    def __init__(self, value: int, next_node: "_Node | None" = None) -> None:
        self.value = value
        self.next = next_node


def reverse_in_batches(values: list[int], k: int) -> list[int]:
    head = None
    for v in reversed(values):
        head = _Node(v, head)
    dummy = _Node(0, head)
    before = dummy  # last node of the part already processed
    while True:
        # Check that a full batch of k nodes follows before touching any link.
        probe = before
        for _ in range(k):
            probe = probe.next
            if probe is None:
                break
        if probe is None:
            break  # fewer than k nodes remain: leave them as they are
        first = before.next
        prev, cur = None, first
        for _ in range(k):
            cur.next, prev, cur = prev, cur, cur.next
        before.next = prev
        first.next = cur
        before = first
    out = []
    node = dummy.next
    while node is not None:
        out.append(node.value)
        node = node.next
    return out

"""Right answers, but re-walks the list from the head to find each batch: O(n^2 / k)."""

BREAKS = "too-slow"


class _Node:
    def __init__(self, value: int, next_node: "_Node | None" = None) -> None:
        self.value = value
        self.next = next_node


def reverse_in_batches(values: list[int], k: int) -> list[int]:
    head = None
    for v in reversed(values):
        head = _Node(v, head)
    dummy = _Node(0, head)
    batch = 0
    while True:
        before = dummy
        for _ in range(batch * k):  # walk from the head to the start of this batch
            before = before.next
        probe = before
        for _ in range(k):
            probe = probe.next
            if probe is None:
                break
        if probe is None:
            break
        first = before.next
        prev, cur = None, first
        for _ in range(k):
            cur.next, prev, cur = prev, cur, cur.next
        before.next = prev
        first.next = cur
        batch += 1
    out = []
    node = dummy.next
    while node is not None:
        out.append(node.value)
        node = node.next
    return out

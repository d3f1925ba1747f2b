"""Reverses every batch, including a final batch shorter than k."""

BREAKS = "short-batch-kept"


class _Node:
    def __init__(self, value: int, next_node: "_Node | None" = None) -> None:
        self.value = value
        self.next = next_node


def reverse_in_batches(values: list[int], k: int) -> list[int]:
    head = None
    for v in reversed(values):
        head = _Node(v, head)
    dummy = _Node(0, head)
    before = dummy
    while before.next is not None:
        first = before.next
        prev, cur = None, first
        steps = 0
        while cur is not None and steps < k:
            cur.next, prev, cur = prev, cur, cur.next
            steps += 1
        before.next = prev
        first.next = cur
        before = first
    out = []
    node = dummy.next
    while node is not None:
        out.append(node.value)
        node = node.next
    return out

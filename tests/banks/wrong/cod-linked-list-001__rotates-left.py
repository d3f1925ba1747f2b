"""Relinks correctly but moves the first track to the back: a rotation in the wrong direction."""

BREAKS = "last-to-front"


class Node:
    def __init__(self, val, nxt=None):
        self.val, self.next = val, nxt


def rotate_playlist(values: list[int], k: int) -> list[int]:
    head = None
    for v in reversed(values):
        head = Node(v, head)
    if head is None:
        return []
    length, tail = 1, head
    while tail.next:
        tail, length = tail.next, length + 1
    shift = k % length
    if shift:
        new_tail = head
        for _ in range(shift - 1):
            new_tail = new_tail.next
        tail.next, head, new_tail.next = head, new_tail.next, None
    out = []
    while head:
        out.append(head.val)
        head = head.next
    return out

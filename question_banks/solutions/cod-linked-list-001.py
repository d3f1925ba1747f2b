class Node:
    __slots__ = ("val", "next")

    def __init__(self, val, nxt=None):
        self.val = val
        self.next = nxt


def _build(values):
    head = None
    for v in reversed(values):
        head = Node(v, head)
    return head


def _read(head):
    out = []
    while head:
        out.append(head.val)
        head = head.next
    return out


def rotate_playlist(values: list[int], k: int) -> list[int]:
    head = _build(values)
    if head is None:
        return []
    length, tail = 1, head
    while tail.next:
        tail = tail.next
        length += 1
    shift = k % length
    if shift == 0:
        return _read(head)
    new_tail = head
    for _ in range(length - shift - 1):
        new_tail = new_tail.next
    new_head = new_tail.next
    new_tail.next = None
    tail.next = head
    return _read(new_head)

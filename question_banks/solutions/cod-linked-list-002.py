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


def interleave_ends(values: list[int]) -> list[int]:
    head = _build(values)
    if head is None or head.next is None:
        return _read(head)
    # 1. find the end of the first half (first half gets the extra node when odd)
    slow, fast = head, head
    while fast.next and fast.next.next:
        slow = slow.next
        fast = fast.next.next
    second = slow.next
    slow.next = None
    # 2. reverse the second half
    prev = None
    while second:
        second.next, prev, second = prev, second, second.next
    # 3. weave the halves together
    first = head
    while prev:
        nxt_first, nxt_second = first.next, prev.next
        first.next = prev
        prev.next = nxt_first
        first, prev = nxt_first, nxt_second
    return _read(head)

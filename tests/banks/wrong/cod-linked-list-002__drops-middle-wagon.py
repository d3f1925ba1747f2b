"""Walks inward from both ends while front < back, so the middle wagon of an odd train is lost."""

BREAKS = "every-wagon-once"


class Node:
    def __init__(self, val, nxt=None):
        self.val, self.next = val, nxt


def interleave_ends(values: list[int]) -> list[int]:
    head = None
    for v in reversed(values):
        head = Node(v, head)
    nodes = []
    while head:
        nodes.append(head)
        head = head.next
    out, front, back = [], 0, len(nodes) - 1
    while front < back:
        out += [nodes[front].val, nodes[back].val]
        front, back = front + 1, back - 1
    return out

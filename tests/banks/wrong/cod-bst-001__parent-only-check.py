"""Compares each node only with its parent, so a deep key on the wrong side of an ancestor slips through."""

BREAKS = "whole-subtree"


def is_valid_shelf(tree: list[int | None]) -> bool:
    if not tree or tree[0] is None:
        return True
    values = [tree[0]]
    head, pos = 0, 1
    while head < len(values) and pos < len(tree):
        parent = values[head]
        head += 1
        for is_left in (True, False):
            if pos >= len(tree):
                break
            child = tree[pos]
            pos += 1
            if child is None:
                continue
            if (is_left and child >= parent) or (not is_left and child < parent):
                return False
            values.append(child)
    return True

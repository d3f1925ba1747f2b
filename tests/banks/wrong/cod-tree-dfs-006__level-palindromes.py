"""Checks that every level's present values read the same both ways, skipping the missing panes."""

BREAKS = "missing-faces-missing"


def is_mirror_symmetric(tree: list[int | None]) -> bool:
    if not tree or tree[0] is None:
        return True
    level = [tree[0]]
    pos = 1
    while level:
        if level != level[::-1]:
            return False
        nxt = []
        for _ in level:
            for _side in range(2):
                if pos < len(tree):
                    if tree[pos] is not None:
                        nxt.append(tree[pos])
                    pos += 1
        level = nxt
    return True

"""Checks a two-way renaming against the first sign of every group so far: right, but O(n * groups)."""

BREAKS = "too-slow"


def _same_shape(a: str, b: str) -> bool:
    if len(a) != len(b):
        return False
    forward: dict[str, str] = {}
    backward: dict[str, str] = {}
    return all(forward.setdefault(x, y) == y and backward.setdefault(y, x) == x for x, y in zip(a, b))


def group_by_shape(signs: list[str]) -> list[list[str]]:
    groups: list[list[str]] = []
    for sign in signs:
        for group in groups:
            if _same_shape(group[0], sign):
                group.append(sign)
                break
        else:
            groups.append([sign])
    return groups

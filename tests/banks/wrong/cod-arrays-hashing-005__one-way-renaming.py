"""Matches a sign to a group if its letters rename consistently onto the group's first sign, but not back."""

BREAKS = "one-to-one"


def _renames(a: str, b: str) -> bool:
    if len(a) != len(b):
        return False
    mapping: dict[str, str] = {}
    return all(mapping.setdefault(x, y) == y for x, y in zip(a, b))


def group_by_shape(signs: list[str]) -> list[list[str]]:
    groups: list[list[str]] = []
    for sign in signs:
        for group in groups:
            if _renames(group[0], sign):
                group.append(sign)
                break
        else:
            groups.append([sign])
    return groups

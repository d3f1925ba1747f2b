"""Right keys, but returns the groups sorted alphabetically instead of by first appearance."""

BREAKS = "first-appearance-order"


def group_by_shape(signs: list[str]) -> list[list[str]]:
    groups: dict[tuple[int, ...], list[str]] = {}
    for sign in signs:
        first: dict[str, int] = {}
        key = tuple(first.setdefault(ch, len(first)) for ch in sign)
        groups.setdefault(key, []).append(sign)
    return sorted(groups.values())

"""Keys each sign by its sorted letter counts, which ignores where the repeated letters sit."""

from collections import Counter

BREAKS = "positions-matter"


def group_by_shape(signs: list[str]) -> list[list[str]]:
    groups: dict[tuple[int, ...], list[str]] = {}
    for sign in signs:
        key = tuple(sorted(Counter(sign).values()))
        groups.setdefault(key, []).append(sign)
    return list(groups.values())

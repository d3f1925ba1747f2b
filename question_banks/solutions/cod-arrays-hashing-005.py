def group_by_shape(signs: list[str]) -> list[list[str]]:
    groups: dict[tuple[int, ...], list[str]] = {}  # insertion order = order of first appearance
    for sign in signs:
        first: dict[str, int] = {}
        key = tuple(first.setdefault(ch, len(first)) for ch in sign)  # letters numbered by first occurrence
        groups.setdefault(key, []).append(sign)
    return list(groups.values())

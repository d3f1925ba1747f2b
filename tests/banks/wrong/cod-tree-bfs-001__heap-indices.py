"""Reads the level-order list as heap positions (children at 2i + 1 and 2i + 2), which misplaces nodes after gaps."""

BREAKS = "missing-children-omitted"


def level_spreads(tree: list[int | None]) -> list[int]:
    levels: dict[int, list[int]] = {}
    for i, value in enumerate(tree):
        if value is not None:
            levels.setdefault((i + 1).bit_length() - 1, []).append(value)
    return [max(v) - min(v) for _, v in sorted(levels.items())]

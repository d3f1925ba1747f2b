"""Builds the right tree but writes it as a full array (slot 2i+1, 2i+2), keeping nulls under missing nodes."""

BREAKS = "canonical-level-order"


def rebuild_from_preorder(preorder: list[int]) -> list[int | None]:
    slots: dict[int, int] = {}
    for key in preorder:
        i = 0
        while i in slots:
            i = 2 * i + 1 if key < slots[i] else 2 * i + 2
        slots[i] = key
    if not slots:
        return []
    return [slots.get(i) for i in range(max(slots) + 1)]

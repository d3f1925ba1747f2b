"""Edits through the longest common subsequence: deletes and inserts only, never a replacement."""

BREAKS = "substitution"


def cheapest_edit(src: str, dst: str, ins: int, dele: int, sub: int) -> int:
    prev = [0] * (len(dst) + 1)
    for a in src:
        cur = [0]
        for j, b in enumerate(dst):
            cur.append(prev[j] + 1 if a == b else max(prev[j + 1], cur[j]))
        prev = cur
    common = prev[-1]
    return (len(src) - common) * dele + (len(dst) - common) * ins

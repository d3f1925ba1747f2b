"""Minimum window over the set of kit letters, ignoring how many of each the kit needs."""

from collections import Counter

BREAKS = "multiplicity"


def shortest_kit_stretch(belt: str, kit: str) -> str:
    need = set(kit)
    have: Counter = Counter()
    left, best = 0, None
    for right, ch in enumerate(belt):
        have[ch] += 1
        while all(have[c] for c in need):
            if best is None or right - left + 1 < best[1] - best[0]:
                best = (left, right + 1)
            have[belt[left]] -= 1
            left += 1
    return belt[best[0] : best[1]] if best else ""

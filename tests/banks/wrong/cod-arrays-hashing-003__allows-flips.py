"""Canonical form over rotations of the string and of its reverse, so mirror images merge."""

BREAKS = "rotations-only"


def count_necklace_classes(necklaces: list[str]) -> int:
    def key(s: str) -> str:
        return min(min(t[i:] + t[:i] for i in range(len(t))) for t in (s, s[::-1]))

    return len({key(s) for s in necklaces})

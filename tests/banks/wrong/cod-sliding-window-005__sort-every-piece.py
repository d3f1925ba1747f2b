"""Sorts every piece of the tag's length and compares it with the sorted tag: right, but O(n m log m)."""

BREAKS = "too-slow"


def scrambled_copies(tape: str, tag: str) -> list[int]:
    m, want = len(tag), sorted(tag)
    return [i for i in range(len(tape) - m + 1) if sorted(tape[i : i + m]) == want]

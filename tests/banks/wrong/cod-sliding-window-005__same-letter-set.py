"""Slides the window but compares which letters occur, not how often."""

BREAKS = "same-multiplicity"


def scrambled_copies(tape: str, tag: str) -> list[int]:
    m, want = len(tag), set(tag)
    return [i for i in range(len(tape) - m + 1) if set(tape[i : i + m]) == want]

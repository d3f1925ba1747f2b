"""Jumps past a copy once it is found, as if copies could not share letters."""

BREAKS = "overlapping-copies"


def scrambled_copies(tape: str, tag: str) -> list[int]:
    m, want = len(tag), sorted(tag)
    starts = []
    i = 0
    while i + m <= len(tape):
        if sorted(tape[i : i + m]) == want:
            starts.append(i)
            i += m
        else:
            i += 1
    return starts

"""Remembers only the pairs stated equal directly, so chains of equalities are never followed."""

BREAKS = "transitive"


def notes_consistent(notes: list[str]) -> bool:
    same = set()
    unequal = []
    for note in notes:
        if "==" in note:
            a, b = note.split("==")
            same.add((a, b))
            same.add((b, a))
        else:
            unequal.append(tuple(note.split("!=")))
    return all(a != b and (a, b) not in same for a, b in unequal)

"""Union-find that judges each inequality when it arrives, before later equalities are merged."""

BREAKS = "any-order"


def notes_consistent(notes: list[str]) -> bool:
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for note in notes:
        if "==" in note:
            a, b = note.split("==")
            parent[find(a)] = find(b)
        else:
            a, b = note.split("!=")
            if find(a) == find(b):
                return False
    return True

def notes_consistent(notes: list[str]) -> bool:
    ids: dict[str, int] = {}
    parent: list[int] = []
    size: list[int] = []

    def node(name: str) -> int:
        if name not in ids:
            ids[name] = len(parent)
            parent.append(len(parent))
            size.append(1)
        return ids[name]

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    unequal = []
    for note in notes:
        if "==" in note:
            a, b = note.split("==")
            ra, rb = find(node(a)), find(node(b))
            if ra != rb:
                if size[ra] < size[rb]:
                    ra, rb = rb, ra
                parent[rb] = ra
                size[ra] += size[rb]
        else:
            a, b = note.split("!=")
            unequal.append((node(a), node(b)))
    # judge inequalities only once every equality is merged
    return all(find(a) != find(b) for a, b in unequal)

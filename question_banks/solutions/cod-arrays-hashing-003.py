def count_necklace_classes(necklaces: list[str]) -> int:
    keys = set()
    for s in necklaces:
        doubled = s + s
        keys.add(min(doubled[i : i + len(s)] for i in range(len(s))) if s else "")
    return len(keys)

def typeahead(products: list[str], typed: str) -> list[list[str]]:
    # A prefix tree whose nodes keep the three smallest names below them.
    root: dict = {}
    for name in sorted(products):
        node = root
        for ch in name:
            node = node.setdefault(ch, {})
            best = node.setdefault("#", [])
            if len(best) < 3:  # names arrive in sorted order, so the first three are the smallest
                best.append(name)
    out = []
    node = root
    for ch in typed:
        node = node.get(ch) if node is not None else None
        out.append(list(node["#"]) if node is not None else [])
    return out

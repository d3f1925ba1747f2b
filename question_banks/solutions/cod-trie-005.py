def shorten_words(stems: list[str], sentence: str) -> str:
    # A prefix tree of stems; "$" marks the end of a stem.
    root: dict = {}
    for stem in stems:
        node = root
        for ch in stem:
            node = node.setdefault(ch, {})
        node["$"] = True
    out = []
    for word in sentence.split(" "):
        node = root
        replacement = word
        for i, ch in enumerate(word):
            node = node.get(ch)
            if node is None:
                break
            if "$" in node:  # the first stem met on the way down is the shortest
                replacement = word[: i + 1]
                break
        out.append(replacement)
    return " ".join(out)

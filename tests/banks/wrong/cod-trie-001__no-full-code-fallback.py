"""Trie with pass counts that returns the shortest prefix seen once, or "" when none is (no full-code fallback)."""

BREAKS = "full-code-when-prefix"


def shortest_unique_prefixes(words: list[str]) -> list[str]:
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {"#": 0})
            node["#"] += 1
    out = []
    for w in words:
        node, label = root, ""
        for i, ch in enumerate(w):
            node = node[ch]
            if node["#"] == 1:
                label = w[: i + 1]
                break
        out.append(label)
    return out

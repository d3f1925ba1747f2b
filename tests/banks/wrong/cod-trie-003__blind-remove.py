"""A counting prefix tree whose remove decrements the path without first checking that a copy exists."""

BREAKS = "remove-absent"


def run_word_store(ops: list[str], args: list[list]) -> list:
    root: dict = {"#ends": 0, "#pass": 0}
    out = []
    for op, (text,) in zip(ops, args):
        node = root
        if op in ("add", "remove"):
            delta = 1 if op == "add" else -1
            node["#pass"] += delta
            for ch in text:
                node = node.setdefault(ch, {"#ends": 0, "#pass": 0})
                node["#pass"] += delta
            node["#ends"] += delta
            out.append(None if op == "add" else True)
            continue
        for ch in text:
            node = node.get(ch)
            if node is None:
                break
        if node is None:
            out.append(0)
        else:
            out.append(node["#ends"] if op == "count" else node["#pass"])
    return out

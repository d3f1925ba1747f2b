"""Keeps a set of distinct words, so a second copy of a word is not counted."""

BREAKS = "copies-count"


def run_word_store(ops: list[str], args: list[list]) -> list:
    words: set[str] = set()
    out = []
    for op, (text,) in zip(ops, args):
        if op == "add":
            words.add(text)
            out.append(None)
        elif op == "remove":
            out.append(text in words)
            words.discard(text)
        elif op == "count":
            out.append(int(text in words))
        else:
            out.append(sum(w.startswith(text) for w in words))
    return out

"""Right answers with a Counter, but a prefix query scans every stored word: O(n) per query."""

from collections import Counter

BREAKS = "too-slow"


def run_word_store(ops: list[str], args: list[list]) -> list:
    copies: Counter[str] = Counter()
    out = []
    for op, (text,) in zip(ops, args):
        if op == "add":
            copies[text] += 1
            out.append(None)
        elif op == "remove":
            if copies[text] > 0:
                copies[text] -= 1
                out.append(True)
            else:
                out.append(False)
        elif op == "count":
            out.append(copies[text])
        else:
            out.append(sum(c for w, c in copies.items() if w.startswith(text)))
    return out

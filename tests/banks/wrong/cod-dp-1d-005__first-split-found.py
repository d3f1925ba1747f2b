"""Depth-first search that stops at the first complete cut (shortest words tried first) and counts its pieces."""

BREAKS = "fewest"


def fewest_pieces(tag: str, words: list[str]) -> int:
    vocab = sorted(set(words), key=len)
    dead = set()

    def cut(i: int) -> int:
        if i == len(tag):
            return 0
        if i in dead:
            return -1
        for w in vocab:
            if tag.startswith(w, i):
                rest = cut(i + len(w))
                if rest >= 0:
                    return rest + 1
        dead.add(i)
        return -1

    return cut(0)

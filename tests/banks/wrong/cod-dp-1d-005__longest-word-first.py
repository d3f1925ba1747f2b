"""Greedily cuts the longest vocabulary word at each position, never reconsidering a cut."""

BREAKS = "fewest"


def fewest_pieces(tag: str, words: list[str]) -> int:
    vocab = set(words)
    i, pieces = 0, 0
    while i < len(tag):
        for j in range(len(tag), i, -1):
            if tag[i:j] in vocab:
                i, pieces = j, pieces + 1
                break
        else:
            return -1
    return pieces

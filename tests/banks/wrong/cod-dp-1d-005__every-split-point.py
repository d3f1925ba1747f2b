"""The right table, but every earlier position is tried as a cut: quadratic slices on a 20,000-character tag."""

BREAKS = "too-slow"


def fewest_pieces(tag: str, words: list[str]) -> int:
    vocab = set(words)
    inf = len(tag) + 1
    best = [0] + [inf] * len(tag)
    for i in range(1, len(tag) + 1):
        for j in range(i):
            if best[j] < inf and tag[j:i] in vocab:
                best[i] = min(best[i], best[j] + 1)
    return best[-1] if best[-1] < inf else -1

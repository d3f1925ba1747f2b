"""Picks the shortest stem but accepts it anywhere inside the word."""

BREAKS = "start-of-word-only"


def shorten_words(stems: list[str], sentence: str) -> str:
    ordered = sorted(stems, key=len)
    out = []
    for word in sentence.split(" "):
        out.append(next((s for s in ordered if s in word), word))
    return " ".join(out)

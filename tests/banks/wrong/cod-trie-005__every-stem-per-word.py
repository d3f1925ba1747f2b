"""Right answers, but checks every stem against every word: O(words * stems)."""

BREAKS = "too-slow"


def shorten_words(stems: list[str], sentence: str) -> str:
    out = []
    for word in sentence.split(" "):
        best = word
        for s in stems:
            if word.startswith(s) and len(s) < len(best):
                best = s
        out.append(best)
    return " ".join(out)

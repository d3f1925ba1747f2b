"""Uses the first stem in list order that the word starts with, not the shortest."""

BREAKS = "shortest-stem"


def shorten_words(stems: list[str], sentence: str) -> str:
    out = []
    for word in sentence.split(" "):
        out.append(next((s for s in stems if word.startswith(s)), word))
    return " ".join(out)

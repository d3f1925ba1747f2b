"""Shift-and-or loop that stops once the word runs out of set bits instead of after 32 steps."""

BREAKS = "fixed-width"


def mirror_words(words: list[int]) -> list[int]:
    mirrored = []
    for word in words:
        result = 0
        while word:
            result = (result << 1) | (word & 1)
            word >>= 1
        mirrored.append(result)
    return mirrored

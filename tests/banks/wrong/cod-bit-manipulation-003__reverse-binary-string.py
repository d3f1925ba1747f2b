"""Reverses bin(word) without padding it to 32 digits, so leading zeros are lost."""

BREAKS = "fixed-width"


def mirror_words(words: list[int]) -> list[int]:
    return [int(bin(word)[2:][::-1], 2) for word in words]

"""Repeatedly expands the first innermost group by slicing the whole string: right, but O(n^2) for many groups."""

BREAKS = "too-slow"


def expand_pattern(pattern: str) -> str:
    text = pattern
    while "]" in text:
        close = text.index("]")
        open_ = text.rindex("[", 0, close)
        start = open_
        while start > 0 and text[start - 1].isdigit():
            start -= 1
        times = int(text[start:open_])
        text = text[:start] + text[open_ + 1 : close] * times + text[close + 1 :]
    return text

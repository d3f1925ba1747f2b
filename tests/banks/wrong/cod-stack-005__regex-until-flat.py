"""Repeats a regular-expression pass over the whole text until no bracket is left: right, but one pass per nesting level."""

import re

BREAKS = "too-slow"
GROUP = re.compile(r"(\d+)\[([a-z]*)\]")


def expand_pattern(pattern: str) -> str:
    text = pattern
    while "[" in text:
        text = GROUP.sub(lambda m: m.group(2) * int(m.group(1)), text)
    return text

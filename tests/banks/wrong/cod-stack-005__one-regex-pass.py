"""Expands bracket groups with one regular-expression pass, which only handles groups with no group inside."""

import re

BREAKS = "nested-groups"


def expand_pattern(pattern: str) -> str:
    return re.sub(r"(\d+)\[([a-z]*)\]", lambda m: m.group(2) * int(m.group(1)), pattern)

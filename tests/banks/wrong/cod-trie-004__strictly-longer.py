"""Sorts correctly but only suggests names strictly longer than the typed text."""

import bisect

BREAKS = "exact-name-matches"


def typeahead(products: list[str], typed: str) -> list[list[str]]:
    names = sorted(products)
    out = []
    for i in range(1, len(typed) + 1):
        prefix = typed[:i]
        j = bisect.bisect_right(names, prefix)
        found = []
        while j < len(names) and len(found) < 3 and names[j].startswith(prefix):
            found.append(names[j])
            j += 1
        out.append(found)
    return out

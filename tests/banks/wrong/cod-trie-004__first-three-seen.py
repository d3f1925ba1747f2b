"""Shows the first three matching names in catalogue order instead of the alphabetically smallest."""

BREAKS = "smallest-three"


def typeahead(products: list[str], typed: str) -> list[list[str]]:
    out = []
    for i in range(1, len(typed) + 1):
        prefix = typed[:i]
        out.append([p for p in products if p.startswith(prefix)][:3])
    return out

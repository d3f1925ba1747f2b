"""Counter.most_common breaks ties by first appearance, not alphabetically."""

from collections import Counter

BREAKS = "alphabetical-ties"


def trending_tags(tags: list[str], k: int) -> list[str]:
    return [tag for tag, _ in Counter(tags).most_common(k)]

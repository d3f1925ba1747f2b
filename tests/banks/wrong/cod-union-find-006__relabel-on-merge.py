"""Quick-find: each merge relabels every field of one network by scanning all labels, O(n) per pipe."""

BREAKS = "too-slow"


def count_networks(n: int, pipes: list[list[int]]) -> int:
    label = list(range(n))
    networks = n
    for a, b in pipes:
        old, new = label[a], label[b]
        if old == new:
            continue
        for i in range(n):
            if label[i] == old:
                label[i] = new
        networks -= 1
    return networks

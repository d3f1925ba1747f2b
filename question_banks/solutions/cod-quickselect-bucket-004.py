import random


def _kth(values: list[int], k: int) -> int:
    """Return the k-th smallest (0-based) with an iterative three-way quickselect."""
    rng = random.Random(12345)
    lo_vals = values
    while True:
        pivot = lo_vals[rng.randrange(len(lo_vals))]
        smaller = [v for v in lo_vals if v < pivot]
        if k < len(smaller):
            lo_vals = smaller
            continue
        equal = sum(1 for v in lo_vals if v == pivot)
        if k < len(smaller) + equal:
            return pivot
        k -= len(smaller) + equal
        lo_vals = [v for v in lo_vals if v > pivot]


def best_meeting_cost(homes: list[list[int]]) -> int:
    # Manhattan distance separates into x and y; each is minimised at a median.
    xs = [h[0] for h in homes]
    ys = [h[1] for h in homes]
    mx = _kth(xs, len(xs) // 2)
    my = _kth(ys, len(ys) // 2)
    return sum(abs(x - mx) for x in xs) + sum(abs(y - my) for y in ys)

"""Right digits, but returns them as they stand: leading zeros stay and an empty result is ""."""

BREAKS = "no-leading-zeros"


def smallest_after_erasing(reading: str, k: int) -> str:
    kept: list[str] = []
    for digit in reading:
        while k and kept and kept[-1] > digit:
            kept.pop()
            k -= 1
        kept.append(digit)
    if k:
        del kept[-k:]
    return "".join(kept)

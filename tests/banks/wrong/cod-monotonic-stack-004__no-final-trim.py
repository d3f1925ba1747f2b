"""Pops larger digits correctly but forgets erasures left over when the reading stops decreasing."""

BREAKS = "exactly-k"


def smallest_after_erasing(reading: str, k: int) -> str:
    kept: list[str] = []
    for digit in reading:
        while k and kept and kept[-1] > digit:
            kept.pop()
            k -= 1
        kept.append(digit)
    return "".join(kept).lstrip("0") or "0"

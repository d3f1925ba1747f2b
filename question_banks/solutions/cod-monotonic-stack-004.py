def smallest_after_erasing(reading: str, k: int) -> str:
    kept: list[str] = []
    for digit in reading:
        # A larger kept digit followed by a smaller one is always worth erasing.
        while k and kept and kept[-1] > digit:
            kept.pop()
            k -= 1
        kept.append(digit)
    if k:
        del kept[-k:]  # the stack is non-decreasing: leftover erasures go at the end
    return "".join(kept).lstrip("0") or "0"

"""Keeps earlier remainders in a list and searches it at every step: right, but O(d^2) for long periods."""

BREAKS = "too-slow"


def ratio_label(numerator: int, denominator: int) -> str:
    sign = "-" if (numerator < 0) != (denominator < 0) and numerator != 0 else ""
    n, d = abs(numerator), abs(denominator)
    whole, remainder = divmod(n, d)
    if remainder == 0:
        return f"{sign}{whole}"
    digits: list[str] = []
    remainders: list[int] = []
    while remainder and remainder not in remainders:
        remainders.append(remainder)
        digit, remainder = divmod(remainder * 10, d)
        digits.append(str(digit))
    fraction = "".join(digits)
    if remainder:
        start = remainders.index(remainder)
        fraction = f"{fraction[:start]}({fraction[start:]})"
    return f"{sign}{whole}.{fraction}"

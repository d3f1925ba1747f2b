"""Detects the cycle but wraps every decimal digit in parentheses, as if repetition always began at the point."""

BREAKS = "repeat-starts-late"


def ratio_label(numerator: int, denominator: int) -> str:
    sign = "-" if (numerator < 0) != (denominator < 0) and numerator != 0 else ""
    n, d = abs(numerator), abs(denominator)
    whole, remainder = divmod(n, d)
    if remainder == 0:
        return f"{sign}{whole}"
    digits: list[str] = []
    seen: set[int] = set()
    while remainder and remainder not in seen:
        seen.add(remainder)
        digit, remainder = divmod(remainder * 10, d)
        digits.append(str(digit))
    fraction = "".join(digits)
    return f"{sign}{whole}.({fraction})" if remainder else f"{sign}{whole}.{fraction}"

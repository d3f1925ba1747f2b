"""Always writes a decimal part, so whole results come out as "4.0"."""

BREAKS = "whole-numbers"


def ratio_label(numerator: int, denominator: int) -> str:
    sign = "-" if (numerator < 0) != (denominator < 0) and numerator != 0 else ""
    n, d = abs(numerator), abs(denominator)
    whole, remainder = divmod(n, d)
    if remainder == 0:
        return f"{sign}{whole}.0"
    digits: list[str] = []
    seen: dict[int, int] = {}
    while remainder and remainder not in seen:
        seen[remainder] = len(digits)
        digit, remainder = divmod(remainder * 10, d)
        digits.append(str(digit))
    fraction = "".join(digits)
    if remainder:
        fraction = f"{fraction[: seen[remainder]]}({fraction[seen[remainder] :]})"
    return f"{sign}{whole}.{fraction}"

def ratio_label(numerator: int, denominator: int) -> str:
    sign = "-" if (numerator < 0) != (denominator < 0) and numerator != 0 else ""
    n, d = abs(numerator), abs(denominator)
    whole, remainder = divmod(n, d)
    if remainder == 0:
        return f"{sign}{whole}"
    digits: list[str] = []
    seen: dict[int, int] = {}  # remainder -> index of the digit it produces
    while remainder and remainder not in seen:
        seen[remainder] = len(digits)
        digit, remainder = divmod(remainder * 10, d)
        digits.append(str(digit))
    fraction = "".join(digits)
    if remainder:  # a remainder came back: digits from its first position repeat forever
        start = seen[remainder]
        fraction = f"{fraction[:start]}({fraction[start:]})"
    return f"{sign}{whole}.{fraction}"

"""Lets a lone 0 and a pair starting with 0 count as codes, as if every digit or pair up to 26 were a letter."""

BREAKS = "no-leading-zero"


def pager_readings(digits: str) -> int:
    before, last = 0, 1
    for i, d in enumerate(digits):
        current = last
        if i and int(digits[i - 1 : i + 1]) <= 26:
            current += before
        before, last = last, current % 1_000_000_007
    return last

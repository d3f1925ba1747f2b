MOD = 1_000_000_007


def pager_readings(digits: str) -> int:
    before, last = 0, 1  # readings of the prefixes two digits back and one digit back
    prev_digit = ""
    for d in digits:
        current = last if d != "0" else 0
        if prev_digit and 10 <= int(prev_digit + d) <= 26:
            current += before
        before, last = last, current % MOD
        prev_digit = d
    return last

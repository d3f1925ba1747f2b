"""Stack of saved text, but the count is reset to the latest digit, so "12[k]" repeats twice."""

BREAKS = "multi-digit-counts"


def expand_pattern(pattern: str) -> str:
    stack: list[tuple[str, int]] = []
    current = ""
    count = 0
    for ch in pattern:
        if ch.isdigit():
            count = int(ch)
        elif ch == "[":
            stack.append((current, count))
            current, count = "", 0
        elif ch == "]":
            saved, times = stack.pop()
            current = saved + current * times
        else:
            current += ch
    return current

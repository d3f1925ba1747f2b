def expand_pattern(pattern: str) -> str:
    stack: list[tuple[list[str], int]] = []  # (text before the group, the group's repeat count)
    current: list[str] = []
    count = 0
    for ch in pattern:
        if ch.isdigit():
            count = count * 10 + int(ch)
        elif ch == "[":
            stack.append((current, count))
            current, count = [], 0
        elif ch == "]":
            saved, times = stack.pop()
            saved.append("".join(current) * times)
            current = saved
        else:
            current.append(ch)
    return "".join(current)

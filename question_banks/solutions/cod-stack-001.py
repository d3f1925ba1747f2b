def first_nesting_error(tags: list[str]) -> int:
    open_names: list[str] = []
    for i, tag in enumerate(tags):
        if tag.startswith("</"):
            if not open_names or open_names[-1] != tag[2:-1]:
                return i
            open_names.pop()
        else:
            open_names.append(tag[1:-1])
    return len(tags) if open_names else -1

"""Stack check that reports only bad closing tags and calls a document with open tags well formed."""

BREAKS = "unclosed-at-end"


def first_nesting_error(tags: list[str]) -> int:
    stack: list[str] = []
    for i, tag in enumerate(tags):
        if tag.startswith("</"):
            if not stack or stack[-1] != tag[2:-1]:
                return i
            stack.pop()
        else:
            stack.append(tag[1:-1])
    return -1

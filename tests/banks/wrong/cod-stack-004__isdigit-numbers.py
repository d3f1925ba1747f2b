"""Recognises numbers with str.isdigit, so a negative literal such as "-3" is taken for an operator."""

BREAKS = "negative-literals"
RAISES = "IndexError"


def run_postfix(tokens: list[str]) -> int:
    stack: list[int] = []
    for token in tokens:
        if token.isdigit():
            stack.append(int(token))
            continue
        right = stack.pop()
        left = stack.pop()
        if token == "+":
            stack.append(left + right)
        elif token == "*":
            stack.append(left * right)
        elif token == "/":
            stack.append(int(left / right))
        else:
            stack.append(left - right)
    return stack[-1]

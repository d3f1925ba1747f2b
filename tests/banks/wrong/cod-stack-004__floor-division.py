"""Uses Python's // for "/", which rounds toward minus infinity instead of toward zero."""

BREAKS = "toward-zero"


def run_postfix(tokens: list[str]) -> int:
    stack: list[int] = []
    for token in tokens:
        if token in ("+", "-", "*", "/"):
            right = stack.pop()
            left = stack.pop()
            if token == "+":
                stack.append(left + right)
            elif token == "-":
                stack.append(left - right)
            elif token == "*":
                stack.append(left * right)
            else:
                stack.append(left // right)
        else:
            stack.append(int(token))
    return stack[-1]

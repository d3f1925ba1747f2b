def run_postfix(tokens: list[str]) -> int:
    stack: list[int] = []
    for token in tokens:
        if token not in ("+", "-", "*", "/"):
            stack.append(int(token))  # "-7" is a number: only the bare operator strings are operators
            continue
        right = stack.pop()
        left = stack.pop()
        if token == "+":
            stack.append(left + right)
        elif token == "-":
            stack.append(left - right)
        elif token == "*":
            stack.append(left * right)
        else:
            quotient = abs(left) // abs(right)
            stack.append(-quotient if (left < 0) != (right < 0) else quotient)
    return stack[-1]

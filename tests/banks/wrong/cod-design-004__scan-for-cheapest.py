"""Right answers, but scans the whole tray for every cheapest query: O(n) per query."""

BREAKS = "too-slow"


def run_tray(ops: list[str], args: list[list]) -> list:
    stack: list[int] = []
    out = []
    for op, a in zip(ops, args):
        if op == "push":
            stack.append(a[0])
            out.append(None)
        elif not stack:
            out.append(None)
        elif op == "pop":
            out.append(stack.pop())
        elif op == "top":
            out.append(stack[-1])
        else:
            out.append(min(stack))
    return out

"""Keeps a single stack of strictly new minimums, so popping one of two equal minimums loses the other."""

BREAKS = "duplicate-minimums"


def run_tray(ops: list[str], args: list[list]) -> list:
    stack: list[int] = []
    mins: list[int] = []
    out = []
    for op, a in zip(ops, args):
        if op == "push":
            stack.append(a[0])
            if not mins or a[0] < mins[-1]:
                mins.append(a[0])
            out.append(None)
        elif not stack:
            out.append(None)
        elif op == "pop":
            price = stack.pop()
            if price == mins[-1]:
                mins.pop()
            out.append(price)
        elif op == "top":
            out.append(stack[-1])
        else:
            out.append(mins[-1] if mins else None)
    return out

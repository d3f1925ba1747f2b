"""Pairs each tag with the running minimum but lets pop and top fail on an empty tray."""

BREAKS = "empty-tray-null"
RAISES = "IndexError"


def run_tray(ops: list[str], args: list[list]) -> list:
    items: list[tuple[int, int]] = []
    out = []
    for op, a in zip(ops, args):
        if op == "push":
            items.append((a[0], min(a[0], items[-1][1]) if items else a[0]))
            out.append(None)
        elif op == "pop":
            out.append(items.pop()[0])
        elif op == "top":
            out.append(items[-1][0])
        else:
            out.append(items[-1][1] if items else None)
    return out

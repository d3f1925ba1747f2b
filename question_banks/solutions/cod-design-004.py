class PriceTray:
    """A stack whose entries also remember the cheapest price at or below them."""

    def __init__(self) -> None:
        self.items: list[tuple[int, int]] = []  # (price, cheapest price in the stack up to here)

    def push(self, price: int) -> None:
        cheapest = min(price, self.items[-1][1]) if self.items else price
        self.items.append((price, cheapest))

    def pop(self) -> int | None:
        return self.items.pop()[0] if self.items else None

    def top(self) -> int | None:
        return self.items[-1][0] if self.items else None

    def cheapest(self) -> int | None:
        return self.items[-1][1] if self.items else None


def run_tray(ops: list[str], args: list[list]) -> list:
    tray = PriceTray()
    out = []
    for op, a in zip(ops, args):
        if op == "push":
            tray.push(*a)
            out.append(None)
        else:
            out.append(getattr(tray, op)())
    return out

from collections import deque


class Limiter:
    def __init__(self, limit: int, window: int) -> None:
        self.limit = limit
        self.window = window
        self.accepted = deque()  # times of accepted requests still inside the window

    def allow(self, t: int) -> bool:
        while self.accepted and self.accepted[0] <= t - self.window:
            self.accepted.popleft()
        if len(self.accepted) < self.limit:
            self.accepted.append(t)
            return True
        return False


def run_limiter(ops: list[str], args: list[list]) -> list:
    out = []
    limiter = None
    for op, a in zip(ops, args):
        if op == "Limiter":
            limiter = Limiter(*a)
            out.append(None)
        else:
            out.append(limiter.allow(*a))
    return out

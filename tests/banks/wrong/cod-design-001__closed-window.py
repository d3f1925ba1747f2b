"""Deque limiter that keeps requests exactly `window` old, using [t - window, t] instead of (t - window, t]."""

from collections import deque

BREAKS = "half-open-window"


def run_limiter(ops: list[str], args: list[list]) -> list:
    out: list = []
    accepted: deque = deque()
    limit = window = 0
    for op, a in zip(ops, args):
        if op == "Limiter":
            limit, window = a
            out.append(None)
            continue
        t = a[0]
        while accepted and accepted[0] < t - window:
            accepted.popleft()
        ok = len(accepted) < limit
        if ok:
            accepted.append(t)
        out.append(ok)
    return out

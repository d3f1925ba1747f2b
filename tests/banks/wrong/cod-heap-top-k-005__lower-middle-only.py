"""Keeps one sorted window correctly but reports the lower middle price for an even k."""

import bisect

BREAKS = "even-window-mean"


def window_medians(prices: list[int], k: int) -> list[float]:
    window = sorted(prices[:k])
    out = [float(window[(k - 1) // 2])]
    for i in range(k, len(prices)):
        bisect.insort(window, prices[i])
        del window[bisect.bisect_left(window, prices[i - k])]
        out.append(float(window[(k - 1) // 2]))
    return out

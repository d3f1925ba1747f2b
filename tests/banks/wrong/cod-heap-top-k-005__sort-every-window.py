"""Right answers, but sorts every window from scratch: O(n k log k)."""

BREAKS = "too-slow"


def window_medians(prices: list[int], k: int) -> list[float]:
    out = []
    for start in range(len(prices) - k + 1):
        window = sorted(prices[start : start + k])
        if k % 2:
            out.append(float(window[k // 2]))
        else:
            out.append((window[k // 2 - 1] + window[k // 2]) / 2)
    return out

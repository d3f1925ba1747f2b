def cheapest_edit(src: str, dst: str, ins: int, dele: int, sub: int) -> int:
    m = len(dst)
    prev = [j * ins for j in range(m + 1)]  # cost of turning "" into dst[:j]
    for i, a in enumerate(src, start=1):
        cur = [i * dele] + [0] * m
        for j in range(1, m + 1):
            keep = prev[j - 1] + (0 if a == dst[j - 1] else sub)
            cur[j] = min(keep, prev[j] + dele, cur[j - 1] + ins)
        prev = cur
    return prev[m]

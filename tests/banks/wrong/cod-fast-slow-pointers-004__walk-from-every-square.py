"""Right answers, but walks afresh from every square without marking dead ones: O(n^2) on a long path."""

BREAKS = "too-slow"


def has_one_way_loop(jumps: list[int]) -> bool:
    n = len(jumps)
    for i in range(n):
        seen = set()
        j = i
        while j not in seen and jumps[j] * jumps[i] > 0:
            seen.add(j)
            nxt = (j + jumps[j]) % n
            if nxt == j:
                break
            j = nxt
        else:
            if j in seen:
                return True
    return False

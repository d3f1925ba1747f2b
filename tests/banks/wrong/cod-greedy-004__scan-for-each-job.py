"""The right greedy, but each job scans every remaining volunteer for the weakest capable one: O(n * m)."""

BREAKS = "too-slow"


def jobs_covered(needs: list[int], strength: list[int]) -> int:
    free = list(strength)
    covered = 0
    for need in sorted(needs):
        pick = -1
        for i, lift in enumerate(free):
            if lift >= need and (pick < 0 or lift < free[pick]):
                pick = i
        if pick >= 0:
            free[pick] = free[-1]
            free.pop()
            covered += 1
    return covered

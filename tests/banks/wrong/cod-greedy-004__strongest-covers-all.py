"""Counts every job the strongest volunteer could do, as if one volunteer could take several jobs."""

BREAKS = "one-job-each"


def jobs_covered(needs: list[int], strength: list[int]) -> int:
    if not strength:
        return 0
    top = max(strength)
    return sum(1 for need in needs if need <= top)

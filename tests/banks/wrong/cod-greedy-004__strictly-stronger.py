"""Requires a volunteer to be strictly stronger than the job's need."""

BREAKS = "equal-suffices"


def jobs_covered(needs: list[int], strength: list[int]) -> int:
    jobs = sorted(needs)
    j = 0
    for lift in sorted(strength):
        if j < len(jobs) and lift > jobs[j]:
            j += 1
    return j

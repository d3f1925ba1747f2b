def jobs_covered(needs: list[int], strength: list[int]) -> int:
    jobs = sorted(needs)
    people = sorted(strength)
    j = 0
    for lift in people:
        if j < len(jobs) and lift >= jobs[j]:  # weakest volunteer who can take the lightest open job
            j += 1
    return j

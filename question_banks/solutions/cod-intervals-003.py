def max_accepted_bookings(requests: list[list[int]]) -> int:
    accepted = 0
    free_from = None
    for start, end in sorted(requests, key=lambda r: r[1]):
        if free_from is None or start >= free_from:
            accepted += 1
            free_from = end
    return accepted

def longest_seat_run(seats: list[int]) -> int:
    present = set(seats)
    best = 0
    for seat in present:
        if seat - 1 in present:
            continue  # not the start of a run
        end = seat
        while end + 1 in present:
            end += 1
        best = max(best, end - seat + 1)
    return best

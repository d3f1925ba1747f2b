"""Set walk without the start-of-block check: right answers, but a block of m seats costs O(m^2)."""

BREAKS = "too-slow"


def longest_seat_run(seats: list[int]) -> int:
    present = set(seats)
    best = 0
    for seat in present:
        end = seat
        while end + 1 in present:
            end += 1
        best = max(best, end - seat + 1)
    return best

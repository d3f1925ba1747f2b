"""Sort-and-scan that treats a repeated seat as extending the block."""

BREAKS = "duplicates"


def longest_seat_run(seats: list[int]) -> int:
    seats = sorted(seats)
    best = run = 0
    for i, seat in enumerate(seats):
        run = run + 1 if i and seat - seats[i - 1] <= 1 else 1
        best = max(best, run)
    return best

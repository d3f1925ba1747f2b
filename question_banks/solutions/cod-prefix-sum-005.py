def daily_headcount(days: int, bookings: list[list[int]]) -> list[int]:
    change = [0] * (days + 2)  # index = day; slot days + 1 absorbs bookings ending on the last day
    for first, last, guests in bookings:
        change[first] += guests
        change[last + 1] -= guests
    counts = []
    running = 0
    for day in range(1, days + 1):
        running += change[day]
        counts.append(running)
    return counts

def has_near_repeat(readings: list[int], k: int, t: int) -> bool:
    # Bucket width t + 1: two readings in one bucket differ by at most t, and a close pair
    # can only sit in the same or neighbouring buckets. Keep only the last k readings.
    width = t + 1
    buckets: dict[int, int] = {}
    for i, x in enumerate(readings):
        b = x // width  # floor division keeps negative readings in the right bucket
        if b in buckets:
            return True
        for nb in (b - 1, b + 1):
            if nb in buckets and abs(buckets[nb] - x) <= t:
                return True
        buckets[b] = x
        if i >= k:
            del buckets[readings[i - k] // width]
    return False

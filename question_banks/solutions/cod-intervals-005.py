def can_make_all(visits: list[list[int]]) -> bool:
    ordered = sorted(visits)
    for (_, prev_end), (start, _) in zip(ordered, ordered[1:]):
        if start < prev_end:  # ends are exclusive, so touching visits are fine
            return False
    return True

"""Sign marking done right, but the repeats are returned in the order their second copies appear."""

BREAKS = "increasing-order"


def printed_twice(stubs: list[int]) -> list[int]:
    repeats = []
    for entry in stubs:
        v = abs(entry)
        if stubs[v - 1] < 0:
            repeats.append(v)
        else:
            stubs[v - 1] = -stubs[v - 1]
    return repeats

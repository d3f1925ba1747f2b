def printed_twice(stubs: list[int]) -> list[int]:
    repeats = []
    for entry in stubs:
        v = abs(entry)  # earlier marks may have flipped this entry's sign
        if stubs[v - 1] < 0:
            repeats.append(v)  # slot already marked: second copy
        else:
            stubs[v - 1] = -stubs[v - 1]
    repeats.sort()
    return repeats

"""Returns the value where the sequence first repeats (the loop's entry), not the loop's smallest member."""

BREAKS = "smallest-on-loop"


def loop_floor(starts: list[int]) -> list[int]:
    out = []
    for x in starts:
        seen = set()
        while x not in seen:
            seen.add(x)
            x = sum(int(d) ** 3 for d in str(x))
        out.append(x)
    return out

"""Rotated search that tests the left half with `<` instead of `<=`, so two-element ranges go astray."""

BREAKS = "any-rotation"


def find_in_rotated(roster: list[int], queries: list[int]) -> list[int]:
    out = []
    for q in queries:
        lo, hi = 0, len(roster) - 1
        found = -1
        while lo <= hi:
            mid = (lo + hi) // 2
            if roster[mid] == q:
                found = mid
                break
            if roster[lo] < roster[mid]:
                if roster[lo] <= q < roster[mid]:
                    hi = mid - 1
                else:
                    lo = mid + 1
            elif roster[mid] < q <= roster[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
        out.append(found)
    return out

"""Right answers, but tries every home's x and every home's y as the meeting coordinate: O(n^2)."""

BREAKS = "too-slow"


def best_meeting_cost(homes: list[list[int]]) -> int:
    xs = [h[0] for h in homes]
    ys = [h[1] for h in homes]
    best_x = min(sum(abs(x - a) for x in xs) for a in xs)
    best_y = min(sum(abs(y - b) for y in ys) for b in ys)
    return best_x + best_y

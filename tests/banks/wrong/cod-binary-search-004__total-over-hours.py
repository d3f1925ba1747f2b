"""Treats the printer as pooling pages across jobs: ceil(total / hours), ignoring the idle end of each job."""

BREAKS = "idle-after-finish"


def slowest_speed(pages: list[int], hours: int) -> int:
    return max(1, (sum(pages) + hours - 1) // hours)

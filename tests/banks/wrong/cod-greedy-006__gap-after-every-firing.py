"""Cools the kiln after every firing, whatever glaze comes next."""

BREAKS = "same-glaze-only"


def fewest_hours(jobs: list[str], gap: int) -> int:
    return (len(jobs) - 1) * (gap + 1) + 1

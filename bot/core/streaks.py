"""Streak rules: days counted in the member's zone, one grace day, freezes earned by reviewing others.

Pure: the member's solves and reviews are UTC instants, and `now` is passed in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from bot.core.schedule import local_date

# Every third review given earns a freeze; a member holds at most two (more would make streaks meaningless).
REVIEWS_PER_FREEZE = 3
MAX_FREEZES = 2
# Points for solving the day's problem (the ledger keys them by server date, so a retry counts once).
DAILY_POINTS = 10


@dataclass(frozen=True)
class Streak:
    """A member's streak: consecutive local days solved, the best ever, freezes held, whether today is done."""

    current: int
    longest: int
    freezes: int
    solved_today: bool


def freezes_earned(reviews_given: int) -> int:
    """Return how many freezes a number of reviews earns in total (before the cap on those held)."""
    return max(0, reviews_given) // REVIEWS_PER_FREEZE


def streak(
    solves: Iterable[dt.datetime],
    reviews: Iterable[dt.datetime],
    zone: ZoneInfo,
    now: dt.datetime,
) -> Streak:
    """Compute a member's streak at `now`, counting calendar days in their zone.

    A day with a solve extends the streak. In a run of missed days the first is a grace day (the streak survives but
    does not grow); each further missed day uses a freeze if one is held, else the streak is broken. Today never
    breaks a streak: it is not over. Freezes accrue from reviews as they are given, at most MAX_FREEZES held.
    """
    days = {local_date(s, zone) for s in solves if s <= now}
    review_days = sorted(local_date(r, zone) for r in reviews if r <= now)
    today = local_date(now, zone)
    current = longest = held = earned = 0
    missed = 0
    reviewed = 0
    day = min(days | set(review_days) | {today})
    while day <= today:
        while reviewed < len(review_days) and review_days[reviewed] <= day:
            reviewed += 1
        new = freezes_earned(reviewed) - earned
        earned += new
        held = min(MAX_FREEZES, held + new)
        if day in days:
            current += 1
            missed = 0
        elif day != today and current > 0:
            missed += 1
            if missed > 1:
                if held > 0:
                    held -= 1
                else:
                    current = missed = 0
        longest = max(longest, current)
        day += dt.timedelta(days=1)
    return Streak(current=current, longest=longest, freezes=held, solved_today=today in days)

"""Wall-clock arithmetic for recurring timers and the shard that serves a guild.

Pure: every function takes the instant it reasons about. Instants are aware UTC datetimes; local times
are wall-clock times in an IANA zone (`zoneinfo`).
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

# How many days ahead to look for the next occurrence: a day is at least 23 h long, so three suffice.
SEARCH_DAYS = 3


def occurrence(day: dt.date, at: dt.time, zone: ZoneInfo) -> dt.datetime:
    """Return the UTC instant of wall-clock time `at` on local date `day`.

    A time skipped by a DST change (02:30 on a spring-forward day in Europe) falls after the gap, shifted by the
    gap's length (03:30 local); a repeated one (fall-back day) is its first occurrence (`fold=0`, PEP 495).
    Each local date therefore has exactly one occurrence.
    """
    local = dt.datetime.combine(day, at.replace(tzinfo=None), tzinfo=zone)
    return local.astimezone(dt.UTC)


def next_occurrence(at: dt.time, zone: ZoneInfo, after: dt.datetime) -> dt.datetime:
    """Return the first occurrence of `at` in `zone` strictly after the UTC instant `after`."""
    today = after.astimezone(zone).date()
    for offset in range(-1, SEARCH_DAYS):
        instant = occurrence(today + dt.timedelta(days=offset), at, zone)
        if instant > after:
            return instant
    raise AssertionError("unreachable: some occurrence lies within three days")  # pragma: no cover


def last_occurrence(at: dt.time, zone: ZoneInfo, upto: dt.datetime) -> dt.datetime:
    """Return the latest occurrence of `at` in `zone` at or before the UTC instant `upto`."""
    today = upto.astimezone(zone).date()
    for offset in range(1, -SEARCH_DAYS, -1):
        instant = occurrence(today + dt.timedelta(days=offset), at, zone)
        if instant <= upto:
            return instant
    raise AssertionError("unreachable: some occurrence lies within three days")  # pragma: no cover


def local_date(instant: dt.datetime, zone: ZoneInfo) -> dt.date:
    """Return the local calendar date of a UTC instant in a zone."""
    return instant.astimezone(zone).date()


def shard_of(guild_id: int, shard_count: int) -> int:
    """Return the shard that receives a guild's events: `(guild_id >> 22) % shard_count` (Discord's rule)."""
    return (guild_id >> 22) % shard_count

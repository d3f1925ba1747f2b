"""Wall-clock occurrences across DST changes, the date line and midnight; the shard of a guild."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from bot.core.schedule import last_occurrence, local_date, next_occurrence, occurrence, shard_of

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
KIRITIMATI = ZoneInfo("Pacific/Kiritimati")  # UTC+14
BAKER = ZoneInfo("Etc/GMT+12")  # UTC-12 (POSIX signs are inverted)


def utc(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=dt.UTC)


def test_an_ordinary_day_in_winter_and_summer() -> None:
    assert occurrence(dt.date(2026, 1, 15), dt.time(9, 30), BERLIN) == utc(2026, 1, 15, 8, 30)
    assert occurrence(dt.date(2026, 7, 15), dt.time(9, 30), BERLIN) == utc(2026, 7, 15, 7, 30)


def test_a_time_skipped_by_spring_forward_comes_after_the_gap() -> None:
    # 2026-03-29 Berlin: 02:00 CET jumps to 03:00 CEST, so 02:30 does not exist; it lands at 03:30 CEST.
    instant = occurrence(dt.date(2026, 3, 29), dt.time(2, 30), BERLIN)
    assert instant == utc(2026, 3, 29, 1, 30)
    assert instant.astimezone(BERLIN).time() == dt.time(3, 30)


def test_a_time_repeated_by_fall_back_happens_once_at_its_first_occurrence() -> None:
    # 2026-10-25 Berlin: 03:00 CEST falls back to 02:00 CET, so 02:30 happens twice; we take the first.
    assert occurrence(dt.date(2026, 10, 25), dt.time(2, 30), BERLIN) == utc(2026, 10, 25, 0, 30)
    after_first = utc(2026, 10, 25, 0, 30)
    assert next_occurrence(dt.time(2, 30), BERLIN, after_first) == utc(2026, 10, 26, 1, 30)


def test_next_occurrence_across_both_dst_changes_keeps_the_wall_clock_time() -> None:
    for zone, day in ((NEW_YORK, dt.date(2026, 3, 7)), (NEW_YORK, dt.date(2026, 10, 31))):
        start = occurrence(day, dt.time(9, 0), zone)
        following = next_occurrence(dt.time(9, 0), zone, start)
        assert following.astimezone(zone).date() == day + dt.timedelta(days=1)
        assert following.astimezone(zone).time() == dt.time(9, 0)
        assert following - start in (dt.timedelta(hours=23), dt.timedelta(hours=25))


def test_midnight_is_the_start_of_the_next_local_day() -> None:
    now = utc(2026, 11, 30, 22, 59)  # 23:59 in Berlin
    assert next_occurrence(dt.time(0, 0), BERLIN, now) == utc(2026, 11, 30, 23, 0)
    assert last_occurrence(dt.time(0, 0), BERLIN, now) == utc(2026, 11, 29, 23, 0)


def test_zones_either_side_of_the_date_line() -> None:
    now = utc(2026, 11, 30, 12, 0)
    assert local_date(now, KIRITIMATI) == dt.date(2026, 12, 1)
    assert local_date(now, BAKER) == dt.date(2026, 11, 30)
    # 09:00 on 1 December in UTC+14 is 19:00 UTC on 30 November; in UTC-12 it is 21:00 UTC the same day.
    assert next_occurrence(dt.time(9, 0), KIRITIMATI, now) == utc(2026, 11, 30, 19, 0)
    assert next_occurrence(dt.time(9, 0), BAKER, now) == utc(2026, 11, 30, 21, 0)
    assert last_occurrence(dt.time(9, 0), KIRITIMATI, now) == utc(2026, 11, 29, 19, 0)
    assert last_occurrence(dt.time(9, 0), BAKER, now) == utc(2026, 11, 29, 21, 0)


def test_next_is_strictly_after_and_last_is_at_or_before() -> None:
    exactly = utc(2026, 1, 15, 8, 30)
    assert next_occurrence(dt.time(9, 30), BERLIN, exactly) == exactly + dt.timedelta(days=1)
    assert last_occurrence(dt.time(9, 30), BERLIN, exactly) == exactly


def test_a_guilds_shard_follows_discords_formula() -> None:
    guild = 1_234_567_890_123_456_789
    assert shard_of(guild, 1) == 0
    assert shard_of(guild, 4) == (guild >> 22) % 4
    assert {shard_of(g << 22, 3) for g in range(6)} == {0, 1, 2}

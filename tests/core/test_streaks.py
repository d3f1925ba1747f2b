"""Streak rules with a fixed clock: the member's zone, the grace day, freezes from reviews."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from bot.core.streaks import MAX_FREEZES, freezes_earned, streak

BERLIN = ZoneInfo("Europe/Berlin")
LA = ZoneInfo("America/Los_Angeles")


def berlin(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 11, day, hour, minute, tzinfo=BERLIN).astimezone(dt.UTC)


def test_solves_at_2359_and_0001_local_are_two_days() -> None:
    solves = [berlin(10, 23, 59), berlin(11, 0, 1)]
    result = streak(solves, [], BERLIN, berlin(11, 12))
    assert (result.current, result.longest, result.solved_today) == (2, 2, True)


def test_two_solves_on_one_local_day_count_once() -> None:
    solves = [berlin(10, 0, 1), berlin(10, 23, 59)]
    assert streak(solves, [], BERLIN, berlin(10, 23, 59)).current == 1


def test_the_members_zone_decides_the_day_not_the_servers() -> None:
    # 07:30 and 08:30 UTC on consecutive days... but seen from Los Angeles, 23:30 and 00:30: two different days.
    # The same instants a day apart in UTC terms read differently: 2026-11-10 07:30 UTC is 23:30 on the 9th in LA.
    solves = [dt.datetime(2026, 11, 10, 7, 30, tzinfo=dt.UTC), dt.datetime(2026, 11, 10, 8, 30, tzinfo=dt.UTC)]
    now = dt.datetime(2026, 11, 10, 9, 0, tzinfo=dt.UTC)
    assert streak(solves, [], LA, now).current == 2  # 23:30 on the 9th, 00:30 on the 10th in LA
    assert streak(solves, [], BERLIN, now).current == 1  # both on the 10th in Berlin


def test_today_unsolved_does_not_break_the_streak() -> None:
    solves = [berlin(d, 9) for d in (8, 9, 10)]
    result = streak(solves, [], BERLIN, berlin(11, 23, 0))
    assert (result.current, result.solved_today) == (3, False)


def test_one_missed_day_is_a_grace_day() -> None:
    solves = [berlin(8, 9), berlin(9, 9), berlin(11, 9)]  # the 10th missed
    assert streak(solves, [], BERLIN, berlin(11, 10)).current == 3


def test_two_missed_days_break_the_streak_without_a_freeze() -> None:
    solves = [berlin(8, 9), berlin(9, 9), berlin(12, 9)]  # the 10th and 11th missed
    result = streak(solves, [], BERLIN, berlin(12, 10))
    assert (result.current, result.longest) == (1, 2)


def test_a_freeze_earned_by_three_reviews_covers_the_second_missed_day() -> None:
    solves = [berlin(8, 9), berlin(9, 9), berlin(12, 9)]
    reviews = [berlin(8, 10), berlin(8, 11), berlin(9, 12)]
    result = streak(solves, reviews, BERLIN, berlin(12, 10))
    assert (result.current, result.freezes) == (3, 0)


def test_two_reviews_earn_no_freeze() -> None:
    solves = [berlin(8, 9), berlin(9, 9), berlin(12, 9)]
    reviews = [berlin(8, 10), berlin(8, 11)]
    assert streak(solves, reviews, BERLIN, berlin(12, 10)).current == 1


def test_at_most_two_freezes_are_held() -> None:
    reviews = [berlin(1, 9, m) for m in range(12)]  # 4 freezes earned
    result = streak([berlin(1, 10)], reviews, BERLIN, berlin(1, 11))
    assert freezes_earned(12) == 4
    assert result.freezes == MAX_FREEZES


def test_no_solves_is_an_empty_streak() -> None:
    result = streak([], [], BERLIN, berlin(12, 10))
    assert (result.current, result.longest, result.freezes, result.solved_today) == (0, 0, 0, False)

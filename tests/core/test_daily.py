"""The daily problem's rules with a fixed clock: post times across DST and the date line, rotation, parsing."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from bot.core.bank import Bank
from bot.core.daily import (
    MIX_CYCLE,
    DailyConfigError,
    DailySchedule,
    difficulty_for,
    hint_times,
    nonce,
    parse_difficulty,
    parse_round,
    parse_time,
    parse_zone,
    pick_daily,
    round_for,
    too_late,
    zone_matches,
)
from bot.core.questions import Difficulty, Round
from tests.factories import make_question


def utc(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=dt.UTC)


BERLIN = DailySchedule(dt.time(9, 30), "Europe/Berlin")
NEW_YORK = DailySchedule(dt.time(2, 30), "America/New_York")


def test_berlin_post_moves_one_utc_hour_earlier_after_spring_forward() -> None:
    # 2026-03-29 clocks go 02:00 -> 03:00 in Berlin: 09:30 is 08:30 UTC the day before, 07:30 UTC from then on.
    assert BERLIN.next_post(utc(2026, 3, 28, 0, 0)) == utc(2026, 3, 28, 8, 30)
    assert BERLIN.next_post(utc(2026, 3, 28, 8, 30)) == utc(2026, 3, 29, 7, 30)


def test_berlin_post_moves_back_after_fall_back() -> None:
    # 2026-10-25 clocks go 03:00 -> 02:00: 09:30 is 07:30 UTC before, 08:30 UTC on and after that day.
    assert BERLIN.next_post(utc(2026, 10, 24, 7, 30)) == utc(2026, 10, 25, 8, 30)
    assert BERLIN.next_post(utc(2026, 10, 25, 8, 30)) == utc(2026, 10, 26, 8, 30)


def test_a_post_time_inside_the_spring_gap_still_posts_once_that_day() -> None:
    # 2026-03-08 02:30 does not exist in New York; the post lands right after the gap, once.
    first = NEW_YORK.next_post(utc(2026, 3, 8, 0, 0))
    assert first == utc(2026, 3, 8, 7, 30)  # 03:30 EDT
    assert NEW_YORK.post_date(first) == dt.date(2026, 3, 8)
    assert NEW_YORK.post_date(NEW_YORK.next_post(first)) == dt.date(2026, 3, 9)


def test_a_post_time_repeated_by_fall_back_posts_only_once() -> None:
    # 2026-11-01 01:30 happens twice in New York; only the first counts.
    schedule = DailySchedule(dt.time(1, 30), "America/New_York")
    first = schedule.next_post(utc(2026, 11, 1, 0, 0))
    assert first == utc(2026, 11, 1, 5, 30)  # 01:30 EDT
    assert schedule.next_post(first) == utc(2026, 11, 2, 6, 30)  # next day, 01:30 EST


def test_kiribati_utc_plus_14_posts_the_previous_utc_day() -> None:
    kiritimati = DailySchedule(dt.time(9, 0), "Pacific/Kiritimati")
    due = kiritimati.next_post(utc(2026, 11, 30, 12, 0))
    assert due == utc(2026, 11, 30, 19, 0)
    assert kiritimati.post_date(due) == dt.date(2026, 12, 1)


def test_utc_minus_12_posts_the_next_utc_day() -> None:
    baker = DailySchedule(dt.time(18, 0), "Etc/GMT+12")  # POSIX sign: GMT+12 is UTC-12
    due = baker.next_post(utc(2026, 11, 30, 12, 0))
    assert due == utc(2026, 12, 1, 6, 0)
    assert baker.post_date(due) == dt.date(2026, 11, 30)


def test_midnight_post_belongs_to_the_new_local_day() -> None:
    midnight = DailySchedule(dt.time(0, 0), "Asia/Tokyo")
    due = midnight.next_post(utc(2026, 11, 30, 14, 59, 59))
    assert due == utc(2026, 11, 30, 15, 0)
    assert midnight.post_date(due) == dt.date(2026, 12, 1)
    assert midnight.next_post(due) == utc(2026, 12, 1, 15, 0)


def test_cutoff_skips_a_post_more_than_six_hours_late() -> None:
    due = utc(2026, 11, 30, 9, 0)
    assert not too_late(due, due + dt.timedelta(hours=6))
    assert too_late(due, due + dt.timedelta(hours=6, seconds=1))
    assert not too_late(due, due + dt.timedelta(hours=7), dt.timedelta(hours=8))


def test_hints_follow_at_set_hours_after_the_post() -> None:
    posted = utc(2026, 11, 30, 9, 0)
    assert hint_times(posted, 2) == [utc(2026, 11, 30, 12, 0), utc(2026, 11, 30, 15, 0)]


def test_nonce_is_stable_short_and_differs_per_day_and_part() -> None:
    day = dt.date(2026, 11, 30)
    assert nonce(1234567890123456789, day) == nonce(1234567890123456789, day)
    assert len(nonce(1234567890123456789, day)) <= 25
    assert nonce(1, day) != nonce(1, day + dt.timedelta(days=1))
    assert nonce(1, day) != nonce(1, day, "hint1")


@pytest.mark.parametrize("text", ["9:30 am", "24:00", "09:60", "0930", ""])
def test_a_bad_time_names_a_valid_example(text: str) -> None:
    with pytest.raises(DailyConfigError, match="09:30"):
        parse_time(text)


def test_times_and_zones_parse() -> None:
    assert parse_time("9:05") == dt.time(9, 5)
    assert parse_time("23:59") == dt.time(23, 59)
    assert parse_zone("europe/berlin") == "Europe/Berlin"
    with pytest.raises(DailyConfigError, match="Europe/Berlin"):
        parse_zone("Mars/Olympus")
    assert parse_round("ML_theory") == "ml-theory"
    assert parse_difficulty("Rotate") == "rotate"
    with pytest.raises(DailyConfigError):
        parse_round("poetry")


def test_zone_autocomplete_prefers_prefix_matches() -> None:
    found = zone_matches("berl")
    assert found[0] == "Europe/Berlin"
    assert all("berl" in z.lower() for z in found)
    assert len(zone_matches("")) == 25


def test_mix_follows_the_guides_proportions() -> None:
    counts = Counter(round_for("mix", i) for i in range(len(MIX_CYCLE) * 10))
    order = [r for r, _ in counts.most_common()]
    assert order[0] is Round.CODING and counts[Round.CODING] > sum(counts.values()) / 3
    assert counts[Round.ML_THEORY] > counts[Round.ML_CODING] > counts[Round.SYSTEM_DESIGN]
    assert counts[Round.BEHAVIORAL] > 0
    assert round_for("ml-coding", 5) is Round.ML_CODING


def test_rotate_cycles_difficulties() -> None:
    assert [difficulty_for("rotate", i) for i in range(4)] == [
        Difficulty.EASY,
        Difficulty.MEDIUM,
        Difficulty.HARD,
        Difficulty.EASY,
    ]
    assert difficulty_for("hard", 0) is Difficulty.HARD


def _bank() -> Bank:
    questions = [make_question(Round.CODING, n, difficulty="medium") for n in range(1, 6)]
    questions += [make_question(Round.CODING, n, difficulty="hard") for n in range(10, 12)]
    questions += [make_question(Round.BEHAVIORAL, 1)]
    return Bank({q.id: q for q in questions})


def test_no_question_repeats_until_its_pool_is_exhausted() -> None:
    bank = _bank()
    posted: Counter[str] = Counter()
    picks = []
    for index in range(10):
        q = pick_daily(bank, round_setting="coding", difficulty_setting="medium", index=index, posted=posted, seed=42)
        assert q.difficulty is Difficulty.MEDIUM
        picks.append(q.id)
        posted[q.id] += 1
    assert len(set(picks[:5])) == 5 and set(picks[5:]) == set(picks[:5])


def test_two_servers_get_different_orders_and_an_empty_pool_falls_back_to_the_round() -> None:
    bank = _bank()
    first = [
        pick_daily(bank, round_setting="coding", difficulty_setting="medium", index=0, posted={}, seed=s).id
        for s in range(20)
    ]
    assert len(set(first)) > 1
    easy = pick_daily(bank, round_setting="behavioral", difficulty_setting="easy", index=0, posted={}, seed=1)
    assert easy.round is Round.BEHAVIORAL
    with pytest.raises(DailyConfigError):
        pick_daily(bank, round_setting="ml-coding", difficulty_setting="easy", index=0, posted={}, seed=1)

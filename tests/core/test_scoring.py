"""Points rules, UTC period boundaries and fair ranks."""

from __future__ import annotations

import datetime as dt

from bot.core.questions import Difficulty, Round
from bot.core.scoring import (
    ALL_TIME,
    Period,
    Standing,
    earns_session_points,
    period_start,
    rank_page,
    session_points,
)

E, M, H = Difficulty.EASY, Difficulty.MEDIUM, Difficulty.HARD


def test_session_points_grow_with_difficulty_and_round_and_shrink_with_hints() -> None:
    assert session_points(Round.CODING, [M], hints_used=0) == 100
    assert session_points(Round.CODING, [H], hints_used=0) == 150
    assert session_points(Round.CODING, [E], hints_used=0) == 75
    assert session_points(Round.CODING, [M], hints_used=2) == 80
    assert session_points(Round.CODING, [H], hints_used=9) == 75  # hints never take more than half
    assert session_points(Round.ML_THEORY, [E, M, M, H, H], hints_used=0) == 69  # 100 × 0.6 × mean 1.15


def test_only_an_attempt_earns_session_points() -> None:
    assert not earns_session_points(answers=0, interviewer_id=None)
    assert earns_session_points(answers=1, interviewer_id=None)
    assert earns_session_points(answers=0, interviewer_id=7)


def test_periods_start_on_monday_and_the_first_in_utc() -> None:
    # Sunday 23:30 in New York is already Monday 04:30 UTC: it counts towards the new week.
    late_sunday_ny = dt.datetime(2026, 11, 29, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    assert period_start(Period.WEEK, late_sunday_ny) == dt.date(2026, 11, 30)
    assert period_start(Period.WEEK, dt.datetime(2026, 11, 29, 23, 59, tzinfo=dt.UTC)) == dt.date(2026, 11, 23)
    assert period_start(Period.MONTH, dt.datetime(2026, 12, 1, 0, 0, tzinfo=dt.UTC)) == dt.date(2026, 12, 1)
    assert period_start(Period.MONTH, dt.datetime(2026, 11, 30, 23, 59, tzinfo=dt.UTC)) == dt.date(2026, 11, 1)
    assert period_start(Period.ALL, dt.datetime(2026, 11, 30, tzinfo=dt.UTC)) == ALL_TIME


def test_equal_scores_share_a_rank_and_the_next_rank_skips() -> None:
    rows = [(1, 50), (2, 40), (3, 40), (4, 30)]
    assert rank_page(rows, first_rank=1, offset=0) == [
        Standing(1, 1, 50),
        Standing(2, 2, 40),
        Standing(2, 3, 40),
        Standing(4, 4, 30),
    ]


def test_a_page_starting_inside_a_tie_keeps_the_tie_rank() -> None:
    # Page 2 starts at position 10 with a member tied with the last two of page 1 (rank 9).
    assert rank_page([(7, 20), (8, 20), (9, 10)], first_rank=9, offset=10) == [
        Standing(9, 7, 20),
        Standing(9, 8, 20),
        Standing(13, 9, 10),
    ]

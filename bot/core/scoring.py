"""Points rules, leaderboard periods and fair ranks; rubric aggregation lives in `bot.core.review`."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bot.core.questions import Difficulty, Round

# A session is worth 100 points; each hint costs 10, but an honest attempt keeps at least half.
MAX_POINTS = 100
HINT_PENALTY = 10
MIN_MAX_POINTS = 50
# A full-length round is worth more than a short series; a hard question more than an easy one.
ROUND_WEIGHT = {
    Round.CODING: 1.0,
    Round.ML_CODING: 1.0,
    Round.SYSTEM_DESIGN: 1.0,
    Round.ML_THEORY: 0.6,
    Round.BEHAVIORAL: 0.6,
}
DIFFICULTY_WEIGHT = {Difficulty.EASY: 0.75, Difficulty.MEDIUM: 1.0, Difficulty.HARD: 1.5}
# Reviewing is rewarded: votes on a session (once per session), written feedback, and feedback marked helpful.
REVIEW_POINTS = 10
FEEDBACK_POINTS = 10
HELPFUL_POINTS = 15


class Reason(enum.StrEnum):
    """Why a ledger line was written; (member, reason, source) is unique."""

    SESSION = "session"
    REVIEW = "review"
    FEEDBACK = "feedback"
    HELPFUL = "helpful"


# Reasons that count as one review given, for the reviewers' board.
REVIEW_REASONS = frozenset({Reason.REVIEW, Reason.FEEDBACK})


class Period(enum.StrEnum):
    """A leaderboard period: the current UTC calendar week (from Monday), month, or all time."""

    WEEK = "week"
    MONTH = "month"
    ALL = "all"


# Every all-time tally is filed under this start date.
ALL_TIME = dt.date(1970, 1, 1)


def max_points(hints_used: int) -> int:
    """Return the share (out of 100) a session keeps after some hints: 10 fewer per hint, never under 50."""
    return max(MIN_MAX_POINTS, MAX_POINTS - HINT_PENALTY * hints_used)


def session_points(round_: Round, difficulties: Sequence[Difficulty], hints_used: int) -> int:
    """Return the points for finishing a session: 100 × round weight × mean difficulty weight, lowered by hints."""
    if not difficulties:
        return 0
    difficulty = sum(DIFFICULTY_WEIGHT[d] for d in difficulties) / len(difficulties)
    return round(max_points(hints_used) * ROUND_WEIGHT[round_] * difficulty)


def earns_session_points(answers: int, interviewer_id: int | None) -> bool:
    """Tell whether a finished session earns points: it needs a submitted answer or a live interviewer."""
    return answers > 0 or interviewer_id is not None


def rubric_points(scores: Iterable[int], hints_used: int) -> int:
    """Turn 1–4 rubric scores into points out of the session's share (a self-assessment, never awarded)."""
    values = list(scores)
    if not values:
        return 0
    mean = sum(values) / len(values)
    return round(max_points(hints_used) * (mean - 1) / 3)


def period_start(period: Period, now: dt.datetime) -> dt.date:
    """Return the UTC date the period containing `now` starts on (Monday for weeks, the 1st for months)."""
    day = now.astimezone(dt.UTC).date()
    if period is Period.WEEK:
        return day - dt.timedelta(days=day.weekday())
    if period is Period.MONTH:
        return day.replace(day=1)
    return ALL_TIME


def period_starts(at: dt.datetime) -> dict[Period, dt.date]:
    """Return the start of every period an award made at `at` counts towards."""
    return {period: period_start(period, at) for period in Period}


@dataclass(frozen=True)
class Standing:
    """One line of a leaderboard: rank (ties share it), member and score."""

    rank: int
    user_id: int
    score: int


def rank_page(rows: Sequence[tuple[int, int]], first_rank: int, offset: int) -> list[Standing]:
    """Rank a page of (user id, score) rows sorted by score descending: equal scores share a rank ("1, 2, 2, 4").

    `first_rank` is the rank of the page's first row (1 + how many score more), `offset` its position overall.
    """
    standings: list[Standing] = []
    for index, (user_id, score) in enumerate(rows):
        if index == 0:
            rank = first_rank
        elif score == standings[-1].score:
            rank = standings[-1].rank
        else:
            rank = offset + index + 1
        standings.append(Standing(rank, user_id, score))
    return standings

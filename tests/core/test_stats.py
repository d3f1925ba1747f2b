"""The practice profile's rules: weekly activity in UTC, means by kind, the weakest criterion."""

from __future__ import annotations

import datetime as dt

from bot.core.questions import Round
from bot.core.review import VoteKind
from bot.core.stats import CriterionScores, RatedVote, Weakness, criterion_scores, round_means, weakest, weekly_activity

NOW = dt.datetime(2026, 11, 30, 12, 0, tzinfo=dt.UTC)  # a Monday
S, IV, P = VoteKind.SELF, VoteKind.INTERVIEWER, VoteKind.PEER


def test_weekly_activity_covers_twelve_utc_weeks_with_empty_ones() -> None:
    started = [
        NOW,
        NOW - dt.timedelta(hours=12, seconds=1),  # Sunday 23:59:59: last week
        NOW - dt.timedelta(weeks=11),
        NOW - dt.timedelta(weeks=12),  # too old to show
    ]
    weekly = weekly_activity(started, NOW)
    assert len(weekly) == 12 and weekly[0][0] == dt.date(2026, 9, 14) and weekly[-1][0] == dt.date(2026, 11, 30)
    assert [count for _, count in weekly] == [1] + [0] * 9 + [1, 1]


def test_means_keep_self_interviewer_and_peer_apart() -> None:
    votes = [
        RatedVote(Round.CODING, S, "testing", 4),
        RatedVote(Round.CODING, IV, "testing", 2),
        RatedVote(Round.CODING, P, "testing", 1),
        RatedVote(Round.CODING, P, "testing", 2),
    ]
    assert criterion_scores(votes) == [CriterionScores("testing", 4.0, 2.0, 1.5)]


def test_the_weakest_criterion_comes_from_others_scores_and_names_its_round() -> None:
    votes = [
        RatedVote(Round.CODING, S, "testing", 1),  # modest self-ratings do not outweigh what others saw
        RatedVote(Round.CODING, P, "testing", 3),
        RatedVote(Round.ML_THEORY, P, "communication", 2),
        RatedVote(Round.CODING, IV, "communication", 4),
    ]
    assert weakest(votes) == Weakness("communication", Round.ML_THEORY, 2.0)
    assert round_means(votes) == {Round.CODING: 3.5, Round.ML_THEORY: 2.0}
    assert weakest([RatedVote(Round.BEHAVIORAL, S, "result", 2)]) == Weakness("result", Round.BEHAVIORAL, 2.0)
    assert weakest([]) is None

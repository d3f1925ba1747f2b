"""Peer review rules: the reaction scale, who counts, reconciling with Discord, and the result per criterion."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.core.review import (
    CriterionResult,
    ReviewError,
    VoteKind,
    aggregate,
    check_feedback,
    check_window,
    counts_as_peer,
    rating_kind,
    reconcile,
    score_of,
)

NOW = dt.datetime(2026, 11, 30, 12, 0, tzinfo=dt.UTC)
CANDIDATE, INTERVIEWER, PEER = 1, 2, 3


def test_the_four_keycaps_are_the_scale_and_nothing_else_scores() -> None:
    assert [score_of(e) for e in ("1️⃣", "2️⃣", "3️⃣", "4️⃣")] == [1, 2, 3, 4]
    assert score_of("👎") is None and score_of("5️⃣") is None and score_of("1") is None


def test_self_votes_and_bots_are_ignored_as_peer_votes() -> None:
    assert not counts_as_peer(CANDIDATE, CANDIDATE, is_bot=False)
    assert not counts_as_peer(99, CANDIDATE, is_bot=True)
    assert counts_as_peer(PEER, CANDIDATE, is_bot=False)


def test_rating_selects_store_self_for_the_candidate_and_interviewer_for_the_interviewer() -> None:
    assert rating_kind(CANDIDATE, CANDIDATE, INTERVIEWER) is VoteKind.SELF
    assert rating_kind(INTERVIEWER, CANDIDATE, INTERVIEWER) is VoteKind.INTERVIEWER


def test_reconcile_keeps_live_votes_counts_offline_ones_and_drops_withdrawn_ones() -> None:
    stored = {10: 3, 11: 2, 12: 4}
    reacted = {10: [3], 12: [1, 4], 13: [2], 14: [1, 3], 15: []}
    # 11 removed their reaction while the bot was down; 13 reacted while it was down; 14 left two scores.
    assert reconcile(stored, reacted) == {10: 3, 12: 4, 13: 2, 14: 3}


def test_aggregate_averages_per_criterion_and_counts_distinct_reviewers() -> None:
    votes = [(10, "depth", 4), (11, "depth", 3), (10, "correctness", 2)]
    results, reviewers = aggregate(["correctness", "depth", "communication"], votes)
    assert results == [
        CriterionResult("correctness", 2.0, 1),
        CriterionResult("depth", 3.5, 2),
        CriterionResult("communication", None, 0),
    ]
    assert reviewers == 2


def test_window_is_open_only_between_opening_and_closing() -> None:
    with pytest.raises(ReviewError, match="once the session's summary card is posted"):
        check_window(None, None, NOW)
    check_window(NOW + dt.timedelta(seconds=1), None, NOW)
    with pytest.raises(ReviewError, match="closed"):
        check_window(NOW, None, NOW)
    with pytest.raises(ReviewError, match="closed"):
        check_window(NOW + dt.timedelta(hours=1), NOW, NOW)


def test_feedback_is_stripped_and_bounded() -> None:
    assert (
        check_feedback("  Clear structure, explain trade-offs more.  ") == "Clear structure, explain trade-offs more."
    )
    with pytest.raises(ReviewError, match="at least 20"):
        check_feedback("nice")
    with pytest.raises(ReviewError, match="1,000 characters; yours has 1,001"):
        check_feedback("x" * 1_001)

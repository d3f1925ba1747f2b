"""The closed peer-review window's message: means per criterion, and the deck suggested after low peer scores."""

from __future__ import annotations

from bot.core.review import CriterionResult, ReviewResult
from bot.ui.review import result_text


def _result(*criteria: CriterionResult) -> ReviewResult:
    return ReviewResult(session_id=7, thread_id=70, criteria=list(criteria), reviewers=3)


def test_low_peer_scores_point_the_candidate_to_the_review_deck() -> None:
    low = result_text(_result(CriterionResult("communication", 2.0, 3), CriterionResult("testing", 3.0, 1)))
    assert low.splitlines()[1:3] == ["- Communication: 2.0 / 4 (3 votes)", "- Testing: 3.0 / 4 (1 vote)"]
    assert low.splitlines()[-1].startswith("📌 Your peers found this one hard going: **Add to review deck**")


def test_middling_or_no_peer_scores_do_not_suggest_the_deck() -> None:
    # 2 votes of 2.0 and 2 of 3.5: a mean of 2.75 per vote, above the offer's 2.5, though one criterion is low
    fair = result_text(_result(CriterionResult("communication", 2.0, 2), CriterionResult("testing", 3.5, 2)))
    assert "review deck" not in fair
    unvoted = result_text(_result(CriterionResult("communication", None, 0)))
    assert "review deck" not in unvoted and "- Communication: no votes" in unvoted

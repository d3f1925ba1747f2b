"""Peer review rules: vote kinds, the reaction scale, who counts, replacing votes, and the result per criterion."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from bot.core.errors import UserFacingError

# The four reactions of a review prompt, 1 to 4 on the rubric's scale; constructive words, no thumbs-down.
SCORE_EMOJI = ("1️⃣", "2️⃣", "3️⃣", "4️⃣")
SCORE_WORDS = ("needs work", "getting there", "solid", "excellent")
# Discord's modal text input; the feedback is posted in one message under Discord's 2,000 characters.
MAX_FEEDBACK_CHARS = 1_000
MIN_FEEDBACK_CHARS = 20
# A window must close before the session thread auto-archives (7 days of inactivity), with a day to spare.
DEFAULT_WINDOW_HOURS = 48
MAX_WINDOW_HOURS = 144


class VoteKind(enum.StrEnum):
    """Whose score a vote is: the candidate's own, the interviewer's, or a peer's by reaction."""

    SELF = "self"
    INTERVIEWER = "interviewer"
    PEER = "peer"


class ReviewError(UserFacingError):
    """A review action that is not allowed; the message says why."""


def score_of(emoji: str) -> int | None:
    """Return the 1–4 score a reaction stands for, or None for any other emoji."""
    try:
        return SCORE_EMOJI.index(emoji) + 1
    except ValueError:
        return None


def rating_kind(user_id: int, candidate_id: int, interviewer_id: int | None) -> VoteKind:
    """Return the kind of a rating-select vote: the candidate rates themselves, the interviewer rates them."""
    return VoteKind.SELF if user_id == candidate_id else VoteKind.INTERVIEWER


def counts_as_peer(user_id: int, candidate_id: int, is_bot: bool) -> bool:
    """Tell whether a reaction counts as a peer vote: never the candidate's own, never a bot's."""
    return not is_bot and user_id != candidate_id


def check_window(closes_at: dt.datetime | None, closed_at: dt.datetime | None, now: dt.datetime) -> None:
    """Raise ReviewError unless the session's review window is open at `now`."""
    if closes_at is None:
        raise ReviewError("Reviews open once the session's summary card is posted.")
    if closed_at is not None or now >= closes_at:
        raise ReviewError("The review window of this session has closed.")


def check_feedback(text: str) -> str:
    """Return feedback stripped, or raise ReviewError if it is too short or too long."""
    body = text.strip()
    if len(body) < MIN_FEEDBACK_CHARS:
        raise ReviewError(f"Please write at least {MIN_FEEDBACK_CHARS} characters: what went well, what to try next.")
    if len(body) > MAX_FEEDBACK_CHARS:
        raise ReviewError(f"Feedback is limited to {MAX_FEEDBACK_CHARS:,} characters; yours has {len(body):,}.")
    return body


def reconcile(stored: Mapping[int, int], reacted: Mapping[int, Iterable[int]]) -> dict[int, int]:
    """Return each reviewer's vote on one criterion once Discord's reactions are known.

    `stored` maps reviewer → score recorded from live events; `reacted` maps reviewer → the scores they have a
    reaction for now. A reviewer with no reaction left has no vote; one with several (added while the bot was
    offline, so none was removed) keeps the stored score if it is among them, otherwise the highest.
    """
    result = {}
    for reviewer, scores in reacted.items():
        present = set(scores)
        if not present:
            continue
        result[reviewer] = stored[reviewer] if stored.get(reviewer) in present else max(present)
    return result


@dataclass(frozen=True)
class CriterionResult:
    """The peer result on one criterion: mean score (None without votes) and how many voted."""

    criterion: str
    mean: float | None
    votes: int


def aggregate(criteria: Iterable[str], votes: Iterable[tuple[int, str, int]]) -> tuple[list[CriterionResult], int]:
    """Average (reviewer, criterion, score) peer votes per criterion; also return the number of reviewers."""
    scores: dict[str, list[int]] = {}
    reviewers = set()
    for reviewer, criterion, score in votes:
        scores.setdefault(criterion, []).append(score)
        reviewers.add(reviewer)
    results = [
        CriterionResult(c, sum(s) / len(s) if (s := scores.get(c)) else None, len(scores.get(c, ()))) for c in criteria
    ]
    return results, len(reviewers)


@dataclass(frozen=True)
class ReviewResult:
    """What a closed window yields: the mean per criterion and how many peers reviewed."""

    session_id: int
    thread_id: int | None
    criteria: list[CriterionResult]
    reviewers: int

"""Peer review of finished sessions: the review window, its prompts, written feedback, and the result at closing.

When a window closes, the votes are reconciled with the reactions Discord holds (reactions made while the bot was
offline were never delivered as events), reviewers are rewarded, and the result is posted through a `ReviewBoard`.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from bot.core.questions import RUBRIC_CRITERIA, Round
from bot.core.review import (
    DEFAULT_WINDOW_HOURS,
    MAX_WINDOW_HOURS,
    ReviewError,
    ReviewResult,
    VoteKind,
    aggregate,
    check_feedback,
    check_window,
    counts_as_peer,
    reconcile,
    score_of,
)
from bot.core.scoring import FEEDBACK_POINTS, HELPFUL_POINTS, REVIEW_POINTS, Reason
from bot.db.engine import Database
from bot.db.models import SessionRecord
from bot.db.repositories import GuildRepository, PointsRepository
from bot.db.reviews import ReviewRepository
from bot.db.votes import VoteRepository
from bot.timers import Due, Pending, TimerKind, TimerRegistry

log = logging.getLogger(__name__)

REVIEW_CLOSE = "review-close"


@dataclass(frozen=True)
class Reactor:
    """Someone who reacts with an emoji on a prompt, as Discord lists them."""

    user_id: int
    is_bot: bool
    emoji: str


class ReviewBoard(Protocol):
    """Where review happens: Discord lists who reacted, and the result is posted in the session's thread."""

    async def reactions(self, channel_id: int, message_id: int) -> list[Reactor] | None:
        """Return everyone who reacted on a prompt now (every page), or None if the message cannot be read."""

    async def post_result(self, result: ReviewResult) -> None:
        """Post a closed window's result."""


class ReviewService:
    """The use cases of peer review, each in one transaction."""

    def __init__(self, database: Database, timers: TimerRegistry, clock: Callable[[], dt.datetime]) -> None:
        self.database = database
        self.timers = timers
        self.clock = clock
        self.board: ReviewBoard | None = None
        timers.register(TimerKind(REVIEW_CLOSE, self._on_close, self._pending))

    async def open_window(self, session_id: int, guild_id: int) -> dt.datetime:
        """Open a session's review window (once) for the server's length; schedule its closing and return it."""
        async with self.database.write() as tx:
            repo = ReviewRepository(tx)
            hours = await repo.window_hours(guild_id) or DEFAULT_WINDOW_HOURS
            closes_at = await repo.open_window(session_id, self.clock() + dt.timedelta(hours=hours))
        self.timers.at(REVIEW_CLOSE, session_id, closes_at, guild_id)
        return closes_at

    async def add_prompt(self, session_id: int, criterion: str, channel_id: int, message_id: int) -> None:
        """Remember the message that collects peer votes on a criterion by reactions."""
        async with self.database.write() as tx:
            await ReviewRepository(tx).add_prompt(session_id, criterion, channel_id, message_id)

    async def set_window_hours(self, guild_id: int, hours: int) -> None:
        """Set a server's review window for sessions ending from now on (1 to MAX_WINDOW_HOURS hours)."""
        if not 1 <= hours <= MAX_WINDOW_HOURS:
            raise ReviewError(
                f"A review window lasts 1 to {MAX_WINDOW_HOURS} hours (session threads archive after 7 quiet days)."
            )
        async with self.database.write() as tx:
            (await GuildRepository(tx).get_or_create(guild_id)).review_window_hours = hours

    async def check_reviewer(self, session_id: int, user_id: int) -> None:
        """Raise ReviewError unless a member may review the session now (not its candidate, window open)."""
        async with self.database.read() as tx:
            row = await tx.get(SessionRecord, session_id)
        _check_reviewer(row, user_id, self.clock())

    async def add_feedback(self, session_id: int, reviewer_id: int, text: str) -> int:
        """Store written feedback (once per reviewer and session), reward the reviewer; return the feedback id."""
        body = check_feedback(text)
        now = self.clock()
        async with self.database.write() as tx:
            row = await tx.get(SessionRecord, session_id)
            _check_reviewer(row, reviewer_id, now)
            feedback = await ReviewRepository(tx).add_feedback(session_id, reviewer_id, body, now)
            if feedback is None:
                raise ReviewError("You already left written feedback on this session: thank you!")
            await PointsRepository(tx).award(
                row.guild_id, reviewer_id, FEEDBACK_POINTS, Reason.FEEDBACK, f"session:{session_id}", now, session_id
            )
            return feedback.id

    async def set_feedback_message(self, feedback_id: int, message_id: int) -> None:
        """Remember the thread message that carries a feedback."""
        async with self.database.write() as tx:
            await ReviewRepository(tx).set_feedback_message(feedback_id, message_id)

    async def mark_helpful(self, feedback_id: int, user_id: int) -> tuple[int, bool]:
        """Let the candidate mark feedback helpful, rewarding its reviewer once; return (reviewer, newly marked)."""
        now = self.clock()
        async with self.database.write() as tx:
            repo = ReviewRepository(tx)
            feedback = await repo.feedback(feedback_id)
            row = await tx.get(SessionRecord, feedback.session_id) if feedback else None
            if feedback is None or row is None:
                raise ReviewError("That feedback no longer exists.")
            if user_id != row.user_id:
                raise ReviewError("Only the candidate of this session can mark feedback helpful.")
            newly = await repo.mark_helpful(feedback_id, now)
            await PointsRepository(tx).award(
                row.guild_id,
                feedback.reviewer_id,
                HELPFUL_POINTS,
                Reason.HELPFUL,
                f"feedback:{feedback_id}",
                now,
                row.id,
            )
            return feedback.reviewer_id, newly

    async def close(self, session_id: int) -> ReviewResult | None:
        """Close a window: reconcile votes with Discord's reactions, reward reviewers, post the result once."""
        async with self.database.read() as tx:
            row = await tx.get(SessionRecord, session_id)
            prompts = [
                (p.criterion, p.channel_id, p.message_id) for p in await ReviewRepository(tx).prompts(session_id)
            ]
        if row is None or row.review_closed_at is not None:
            return None
        listed = {}
        for criterion, channel_id, message_id in prompts:
            reactors = await self.board.reactions(channel_id, message_id) if self.board else None
            if reactors is not None:
                listed[criterion] = _peer_scores(reactors, row.user_id)
        result = await self._reconcile(row, listed)
        if self.board is not None:
            await self.board.post_result(result)
        async with self.database.write() as tx:
            await ReviewRepository(tx).close_window(session_id, self.clock())
        return result

    async def _reconcile(self, row: SessionRecord, listed: dict[str, dict[int, list[int]]]) -> ReviewResult:
        now = self.clock()
        async with self.database.write() as tx:
            votes = VoteRepository(tx)
            stored = await votes.for_session(row.id, VoteKind.PEER)
            final = {(v.reviewer_id, v.criterion): v.score for v in stored if v.criterion not in listed}
            for criterion, reacted in listed.items():
                earlier = {v.reviewer_id: v.score for v in stored if v.criterion == criterion}
                for reviewer, score in reconcile(earlier, reacted).items():
                    final[(reviewer, criterion)] = score
            await votes.clear(row.id, VoteKind.PEER)
            for (reviewer, criterion), score in final.items():
                await votes.cast(row.id, VoteKind.PEER, reviewer, criterion, score, now)
            points = PointsRepository(tx)
            for reviewer in sorted({reviewer for reviewer, _ in final}):
                source = f"session:{row.id}"
                await points.award(row.guild_id, reviewer, REVIEW_POINTS, Reason.REVIEW, source, now, row.id)
        criteria, reviewers = aggregate(
            RUBRIC_CRITERIA[Round(row.round)], ((r, c, s) for (r, c), s in sorted(final.items()))
        )
        return ReviewResult(row.id, row.thread_id, criteria, reviewers)

    async def _on_close(self, due: Due) -> None:
        await self.close(int(due.key.id))

    async def _pending(self) -> Iterable[Pending]:
        async with self.database.read() as tx:
            windows = await ReviewRepository(tx).open_windows()
        return [Pending(session_id, guild_id, at=closes_at) for session_id, guild_id, closes_at in windows]


def _check_reviewer(row: SessionRecord | None, user_id: int, now: dt.datetime) -> None:
    if row is None:
        raise ReviewError("That session no longer exists.")
    if user_id == row.user_id:
        raise ReviewError("Reviews come from peers: you cannot review your own session.")
    check_window(row.review_closes_at, row.review_closed_at, now)


def _peer_scores(reactors: Sequence[Reactor], candidate_id: int) -> dict[int, list[int]]:
    scores: dict[int, list[int]] = {}
    for reactor in reactors:
        score = score_of(reactor.emoji)
        if score is not None and counts_as_peer(reactor.user_id, candidate_id, reactor.is_bot):
            scores.setdefault(reactor.user_id, []).append(score)
    return scores

"""Peer review on SQLite and PostgreSQL: batched reaction votes, feedback and helpful marks, closing a window."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from sqlalchemy import text

from bot.core.bank import Bank
from bot.core.questions import Round
from bot.core.review import ReviewError, ReviewResult
from bot.db.engine import Database
from bot.scheduling import Scheduler
from bot.services.reactions import ReactionEvent, Replaced, VoteWriter
from bot.services.reviews import Reactor, ReviewService
from bot.services.sessions import SessionService
from bot.timers import TimerRegistry
from tests.factories import make_question

T0 = dt.datetime(2026, 11, 24, 18, 0, tzinfo=dt.UTC)
GUILD, ALICE, BOB, CAROL, DAVE, BOT = 10, 1, 2, 3, 4, 99
BANK = Bank({q.id: q for q in [make_question(Round.CODING, i) for i in (1, 2)]})
THREAD, PROMPTS = 500, {"communication": 601, "technical": 602}


class Board:
    """Discord as the review service sees it: the reactions on each prompt now, and the posted results."""

    def __init__(self) -> None:
        self.reacted: dict[int, list[Reactor]] = {}
        self.posted: list[ReviewResult] = []

    async def reactions(self, channel_id: int, message_id: int) -> list[Reactor] | None:
        return self.reacted.get(message_id)

    async def post_result(self, result: ReviewResult) -> None:
        self.posted.append(result)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
async def reviewed(database: Database) -> tuple[ReviewService, VoteWriter, Clock, int]:
    """An ended, answered coding session by Alice whose review window is open with two prompts."""
    clock = Clock()
    sessions = SessionService(database, BANK, random.Random(1))
    session = await sessions.open(guild_id=GUILD, user_id=ALICE, round_=Round.CODING, now=T0)
    await sessions.attach_thread(session.id, THREAD)
    await sessions.end(session.id, T0 + dt.timedelta(minutes=30))
    clock.now = T0 + dt.timedelta(minutes=30)
    reviews = ReviewService(database, TimerRegistry(Scheduler(), clock), clock)
    await reviews.open_window(session.id, GUILD)
    for criterion, message_id in PROMPTS.items():
        await reviews.add_prompt(session.id, criterion, THREAD, message_id)
    return reviews, VoteWriter(database, clock), clock, session.id


async def _peer_votes(database: Database) -> list[tuple[int, str, int]]:
    async with database.read() as tx:
        sql = "SELECT reviewer_id, criterion, score FROM votes WHERE kind = 'peer' ORDER BY 1, 2"
        return [tuple(r) for r in (await tx.execute(text(sql))).all()]


def _event(user: int, emoji: str, added: bool = True, message: int = PROMPTS["communication"]) -> ReactionEvent:
    return ReactionEvent(message, user, emoji, added, is_bot=user == BOT)


async def test_second_reaction_replaces_the_first_and_names_the_reaction_to_remove(database, reviewed) -> None:
    _, writer, _, _ = reviewed
    replaced = await writer.apply([_event(BOB, "2️⃣"), _event(BOB, "4️⃣")])
    assert replaced == [Replaced(THREAD, PROMPTS["communication"], "2️⃣", BOB)]
    # The bot removing the old reaction echoes a removal, which must not withdraw the new vote.
    assert await writer.apply([_event(BOB, "2️⃣", added=False)]) == []
    assert await _peer_votes(database) == [(BOB, "communication", 4)]
    await writer.apply([_event(BOB, "4️⃣", added=False)])
    assert await _peer_votes(database) == []


async def test_candidate_bot_foreign_emoji_and_unknown_messages_never_vote(database, reviewed) -> None:
    _, writer, _, _ = reviewed
    await writer.apply([_event(ALICE, "3️⃣"), _event(BOT, "1️⃣"), _event(CAROL, "🎉"), _event(CAROL, "2️⃣", message=12345)])
    assert await _peer_votes(database) == []


async def test_batched_events_are_all_written_by_close(database, reviewed) -> None:
    _, writer, _, _ = reviewed
    for user in range(1000, 1600):
        writer.submit(_event(user, "3️⃣", message=PROMPTS["technical"]))
    await writer.close()
    assert len(await _peer_votes(database)) == 600
    assert writer.applied == 600


async def test_closing_reconciles_with_discord_rewards_reviewers_once_and_ignores_later_events(
    database, reviewed
) -> None:
    reviews, writer, clock, sid = reviewed
    board = reviews.board = Board()
    await writer.apply([_event(BOB, "3️⃣"), _event(CAROL, "2️⃣", message=PROMPTS["technical"])])
    # While the bot was down: Carol withdrew, Dave voted, and Bob's reaction is still there.
    board.reacted = {
        PROMPTS["communication"]: [Reactor(BOB, False, "3️⃣"), Reactor(BOT, True, "1️⃣"), Reactor(ALICE, False, "4️⃣")],
        PROMPTS["technical"]: [Reactor(DAVE, False, "4️⃣"), Reactor(BOT, True, "4️⃣")],
    }
    clock.now += dt.timedelta(hours=48)
    result = await reviews.close(sid)
    assert result is not None and result.reviewers == 2
    assert [(c.criterion, c.mean, c.votes) for c in result.criteria] == [
        ("communication", 3.0, 1),
        ("problem_solving", None, 0),
        ("technical", 4.0, 1),
        ("testing", None, 0),
    ]
    assert board.posted == [result]
    assert await _peer_votes(database) == [(BOB, "communication", 3), (DAVE, "technical", 4)]
    assert await reviews.close(sid) is None  # a second timer firing posts nothing
    await writer.apply([_event(CAROL, "1️⃣")])
    assert await _peer_votes(database) == [(BOB, "communication", 3), (DAVE, "technical", 4)]
    async with database.read() as tx:
        ledger = (await tx.execute(text("SELECT user_id, reason, delta FROM points_ledger ORDER BY 1"))).all()
    assert [tuple(r) for r in ledger if r[1] == "review"] == [(BOB, "review", 10), (DAVE, "review", 10)]


async def test_feedback_once_per_reviewer_and_helpful_rewards_once(database, reviewed) -> None:
    reviews, _, _, sid = reviewed
    with pytest.raises(ReviewError, match="cannot review your own"):
        await reviews.add_feedback(sid, ALICE, "I think I did great, honestly and truly.")
    feedback_id = await reviews.add_feedback(sid, BOB, "Good clarifying questions; test the empty input.")
    with pytest.raises(ReviewError, match="already left written feedback"):
        await reviews.add_feedback(sid, BOB, "Another note from me on the same session.")
    with pytest.raises(ReviewError, match="Only the candidate"):
        await reviews.mark_helpful(feedback_id, CAROL)
    assert await reviews.mark_helpful(feedback_id, ALICE) == (BOB, True)
    assert await reviews.mark_helpful(feedback_id, ALICE) == (BOB, False)
    async with database.read() as tx:
        ledger = (await tx.execute(text("SELECT user_id, reason, delta FROM points_ledger WHERE user_id = 2"))).all()
    assert sorted(tuple(r) for r in ledger) == [(BOB, "feedback", 10), (BOB, "helpful", 15)]

"""Interview sessions: open, hint, answer, next, end and rate, each in one short transaction."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from bot.core.bank import Bank
from bot.core.questions import Difficulty, Question, Round
from bot.core.review import VoteKind, rating_kind
from bot.core.scoring import Reason, earns_session_points, session_points
from bot.core.session import (
    MAX_ANSWER_CHARS,
    Action,
    AlreadyRunning,
    Hint,
    InvalidAnswer,
    Session,
    SessionError,
    SessionNotRunning,
    SessionState,
    SubmittedAnswer,
    pick_questions,
)
from bot.db.deck_repository import DeckRepository
from bot.db.engine import Database
from bot.db.models import SessionRecord
from bot.db.repositories import PointsRepository, SessionRepository
from bot.db.votes import VoteRepository


class MissingQuestion(SessionError):
    """A stored session names a question that is no longer in the banks."""


class SessionService:
    """The use cases of a mock interview."""

    def __init__(self, database: Database, bank: Bank, rng: random.Random | None = None) -> None:
        self.database = database
        self.bank = bank
        self.rng = rng or random.Random()  # noqa: S311 - shuffles questions, not secrets

    async def open(
        self,
        *,
        guild_id: int,
        user_id: int,
        round_: Round,
        now: dt.datetime,
        difficulty: Difficulty | None = None,
        topic: str | None = None,
        interviewer_id: int | None = None,
        question_id: str | None = None,
    ) -> Session:
        """Start a session for a member, refusing a second running one; `question_id` is asked first (its round wins
        over `round_`; raises MissingQuestion if it is not in the banks), a series continues with picked questions."""
        try:
            async with self.database.write() as tx:
                repo = SessionRepository(tx)
                running = await repo.running_for(guild_id, user_id)
                if running is not None:
                    raise AlreadyRunning(Round(running.round), running.thread_id)
                seen = await repo.last_seen(guild_id, user_id)
                first = self._question(question_id) if question_id is not None else None
                if first is not None:
                    round_ = first.round
                    seen[first.id] = now  # asked first, so never picked again for the rest of a series
                questions = pick_questions(self.bank, round_, self.rng, difficulty=difficulty, topic=topic, seen=seen)
                if first is not None:
                    questions = [first, *(q for q in questions if q.id != first.id)][: len(questions)]
                session = Session.start(
                    guild_id=guild_id,
                    candidate_id=user_id,
                    interviewer_id=interviewer_id,
                    questions=questions,
                    now=now,
                )
                row = await repo.add(
                    SessionRecord(
                        guild_id=guild_id,
                        user_id=user_id,
                        interviewer_id=interviewer_id,
                        round=round_.value,
                        question_id=questions[0].id,
                        question_ids=" ".join(q.id for q in questions),
                        current_index=0,
                        state=SessionState.RUNNING.value,
                        started_at=now,
                        deadline=session.deadline,
                    )
                )
                return replace(session, id=row.id)
        except IntegrityError:
            # Another command for the same member won the race for the one running slot.
            raise AlreadyRunning(round_, None) from None

    def _question(self, question_id: str) -> Question:
        question = self.bank.get(question_id)
        if question is None:
            raise MissingQuestion(f"Question {question_id} is no longer in the banks.")
        return question

    async def get(self, session_id: int) -> Session:
        """Load a session with its hints, answers and self-ratings."""
        async with self.database.read() as tx:
            return await self._load(tx, session_id)

    async def _load(self, tx: AsyncSession, session_id: int) -> Session:
        repo = SessionRepository(tx)
        row = await repo.get(session_id)
        if row is None:
            raise SessionError("That session no longer exists.")
        questions = []
        for question_id in row.question_ids.split():
            question = self.bank.get(question_id)
            if question is None:
                raise MissingQuestion(f"Question {question_id} of this session is no longer in the banks.")
            questions.append(question)
        hints = await repo.hints_used(session_id)
        answers, late_answers = await repo.answer_counts(session_id)
        votes = await VoteRepository(tx).for_session(session_id, VoteKind.SELF)
        return Session(
            id=row.id,
            guild_id=row.guild_id,
            candidate_id=row.user_id,
            interviewer_id=row.interviewer_id,
            round=Round(row.round),
            questions=tuple(questions),
            started_at=row.started_at,
            deadline=row.deadline,
            state=SessionState(row.state),
            current=row.current_index,
            hints_used=tuple(hints.get(q.id, 0) for q in questions),
            answers=answers,
            late_answers=late_answers,
            ratings=tuple(sorted((v.criterion, v.score) for v in votes)),
            ended_at=row.ended_at,
        )

    async def authorized(self, session_id: int, user_id: int, action: Action) -> Session:
        """Load a session and check that the member may do `action` to it (raises NotAllowed)."""
        session = await self.get(session_id)
        session.authorize(user_id, action)
        return session

    async def running_id(self, guild_id: int, user_id: int) -> int:
        """Return the id of the member's running session in a server."""
        async with self.database.read() as tx:
            row = await SessionRepository(tx).running_for(guild_id, user_id)
        if row is None:
            raise SessionError("You have no running session.")
        return row.id

    async def running_session(self, guild_id: int, user_id: int) -> Session | None:
        """Return the member's running session in a server, or None."""
        async with self.database.read() as tx:
            row = await SessionRepository(tx).running_for(guild_id, user_id)
            return None if row is None else await self._load(tx, row.id)

    async def attach_thread(self, session_id: int, thread_id: int) -> None:
        """Remember the thread a session runs in."""
        async with self.database.write() as tx:
            await SessionRepository(tx).set_fields(session_id, thread_id=thread_id)

    async def thread_of(self, session_id: int) -> int | None:
        """Return the thread id of a session."""
        async with self.database.read() as tx:
            row = await SessionRepository(tx).get(session_id)
            return row.thread_id if row else None

    async def hint(self, session_id: int, user_id: int, now: dt.datetime) -> tuple[Session, Hint]:
        """Reveal the next hint of the current question to the candidate or interviewer."""
        async with self.database.write() as tx:
            session = await self._load(tx, session_id)
            session.authorize(user_id, Action.HINT)
            session, hint = session.take_hint(now)
            await SessionRepository(tx).record_hint(session_id, session.question.id, hint.stage, now)
            return session, hint

    async def submit(
        self, session_id: int, user_id: int, text: str, now: dt.datetime, max_chars: int | None = MAX_ANSWER_CHARS
    ) -> Session:
        """Store an answer from the candidate; one given after the time ran out is stored marked late.

        Compare `late_answers` before and after to tell the member it was late. Raises SessionError, and
        InvalidAnswer for the same text as the member's last answer to this question (a form sent twice).
        """
        async with self.database.write() as tx:
            before = await self._load(tx, session_id)
            before.authorize(user_id, Action.ANSWER)
            session = before.submit(text, now, max_chars)
            repo = SessionRepository(tx)
            previous = [a.body for a in await repo.answers(session_id) if a.question_id == session.question.id]
            if previous and previous[-1] == text:  # the same form submitted twice (a double click, a retry)
                raise InvalidAnswer("You already submitted exactly this answer to this question; it is saved once.")
            late = session.late_answers > before.late_answers
            await repo.add_answer(session_id, user_id, session.question.id, text, now, late=late)
            return session

    async def answers(self, session_id: int) -> list[SubmittedAnswer]:
        """Return a session's stored answers, oldest first."""
        async with self.database.read() as tx:
            rows = await SessionRepository(tx).answers(session_id)
        return [SubmittedAnswer(row.question_id, row.body, row.submitted_at, row.late) for row in rows]

    async def next_question(self, session_id: int, user_id: int, now: dt.datetime) -> Session:
        """Move a series round on to its next question."""
        async with self.database.write() as tx:
            session = await self._load(tx, session_id)
            session.authorize(user_id, Action.NEXT)
            session = session.next_question(now)
            await SessionRepository(tx).set_fields(session_id, current_index=session.current)
            return session

    async def end(self, session_id: int, now: dt.datetime, user_id: int | None = None) -> Session | None:
        """End a running session; None if it had already ended (ending is idempotent)."""
        async with self.database.write() as tx:
            session = await self._load(tx, session_id)
            if user_id is not None:
                session.authorize(user_id, Action.END)
            try:
                session = session.end(now)
            except SessionNotRunning:
                return None
            if not await SessionRepository(tx).end(session_id, session.ended_at or now):
                return None
            if earns_session_points(session.answers, session.interviewer_id):
                points = session_points(session.round, [q.difficulty for q in session.questions], session.total_hints)
                await PointsRepository(tx).award(
                    session.guild_id,
                    session.candidate_id,
                    points,
                    Reason.SESSION,
                    f"session:{session_id}",
                    session.ended_at or now,
                    session_id=session_id,
                )
            return session

    async def cancel(self, session_id: int, now: dt.datetime) -> None:
        """Abandon a session that could not be set up (no thread), so none is left half-open."""
        async with self.database.write() as tx:
            await SessionRepository(tx).end(session_id, now, state=SessionState.CANCELLED.value)

    async def rate(self, session_id: int, user_id: int, criterion: str, score: int, now: dt.datetime) -> Session:
        """Record the candidate's self-rating, or the interviewer's score, on one criterion."""
        async with self.database.write() as tx:
            session = await self._load(tx, session_id)
            session.authorize(user_id, Action.RATE)
            rated = session.rate(criterion, score)
            kind = rating_kind(user_id, session.candidate_id, session.interviewer_id)
            await VoteRepository(tx).cast(session_id, kind, user_id, criterion, score, now)
            return rated if user_id == session.candidate_id else session

    async def running_ids(self, exclude_guild: int | None = None) -> Sequence[int]:
        """Return the ids of every running session (but those of `exclude_guild`), to rebuild timers."""
        async with self.database.read() as tx:
            return [row.id for row in await SessionRepository(tx).running() if row.guild_id != exclude_guild]

    async def threadless(self, exclude_guild: int | None = None) -> Sequence[tuple[int, int]]:
        """Return (id, guild id) of running sessions that never got their thread (the bot stopped while opening)."""
        async with self.database.read() as tx:
            rows = await SessionRepository(tx).running()
        return [(row.id, row.guild_id) for row in rows if row.thread_id is None and row.guild_id != exclude_guild]

    async def unrevealed(self, exclude_guild: int | None = None) -> Sequence[tuple[int, int, dt.datetime]]:
        """Return (id, guild id, ended at) of ended sessions whose reveal never completed."""
        async with self.database.read() as tx:
            rows = await SessionRepository(tx).unrevealed()
        return [(row.id, row.guild_id, row.ended_at or row.deadline) for row in rows if row.guild_id != exclude_guild]

    async def reveal_step(self, session_id: int) -> int:
        """Return how many parts of a session's reveal were posted."""
        async with self.database.read() as tx:
            row = await SessionRepository(tx).get(session_id)
            return row.reveal_step if row else 0

    async def record_reveal_step(
        self, session_id: int, step: int, now: dt.datetime, summary_message_id: int | None = None, done: bool = False
    ) -> None:
        """Record that the first `step` reveal parts are posted (and the summary card's id); `done` completes it."""
        values: dict[str, object] = {"reveal_step": step}
        if summary_message_id is not None:
            values["summary_message_id"] = summary_message_id
        if done:
            values["revealed_at"] = now
        async with self.database.write() as tx:
            await SessionRepository(tx).set_fields(session_id, **values)

    async def complete_reveal(self, session_id: int, now: dt.datetime) -> None:
        """Mark a reveal done even though not every part was posted (its room is gone): it is never retried."""
        async with self.database.write() as tx:
            await SessionRepository(tx).set_fields(session_id, revealed_at=now)

    async def forget_answers(self, guild_id: int, user_id: int) -> int:
        """Delete a member's stored answers in a server, and clear their review-deck notes; return how many answers."""
        async with self.database.write() as tx:
            await DeckRepository(tx).forget_notes(guild_id, user_id)
            return await SessionRepository(tx).forget_answers(guild_id, user_id)

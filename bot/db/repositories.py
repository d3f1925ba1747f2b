"""Repositories: the queries the services need, each taking an open AsyncSession."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.core.scoring import REVIEW_REASONS
from bot.db.dialect import dialect_insert
from bot.db.models import (
    Answer,
    DailyPost,
    GuildSettings,
    HintUse,
    JudgeRun,
    Member,
    PointsEntry,
    SessionRecord,
)
from bot.db.tallies import TallyRepository


class GuildRepository:
    """Server settings."""

    def __init__(self, tx: AsyncSession) -> None:
        self.tx = tx

    async def get_or_create(self, guild_id: int) -> GuildSettings:
        """Return a server's settings, creating defaults on first use."""
        await self.tx.execute(dialect_insert(self.tx, GuildSettings).values(guild_id=guild_id).on_conflict_do_nothing())
        return await self.tx.get_one(GuildSettings, guild_id)


class MemberRepository:
    """Members of a server."""

    def __init__(self, tx: AsyncSession) -> None:
        self.tx = tx

    async def ensure(self, guild_id: int, user_id: int) -> None:
        """Record a member if they are new (idempotent)."""
        await GuildRepository(self.tx).get_or_create(guild_id)
        stmt = dialect_insert(self.tx, Member).values(
            guild_id=guild_id, user_id=user_id, joined_at=dt.datetime.now(dt.UTC)
        )
        await self.tx.execute(stmt.on_conflict_do_nothing())


class SessionRepository:
    """Interview sessions, their hints and answers."""

    def __init__(self, tx: AsyncSession) -> None:
        self.tx = tx

    async def add(self, row: SessionRecord) -> SessionRecord:
        """Insert a session row and return it with its id."""
        await MemberRepository(self.tx).ensure(row.guild_id, row.user_id)
        self.tx.add(row)
        await self.tx.flush()
        return row

    async def get(self, session_id: int) -> SessionRecord | None:
        """Return a session by id."""
        return await self.tx.get(SessionRecord, session_id)

    async def running_for(self, guild_id: int, user_id: int) -> SessionRecord | None:
        """Return the member's running session in a server, if any."""
        stmt = select(SessionRecord).where(
            SessionRecord.guild_id == guild_id,
            SessionRecord.user_id == user_id,
            SessionRecord.state == "running",
        )
        return (await self.tx.scalars(stmt)).first()

    async def set_fields(self, session_id: int, **values: Any) -> None:
        """Update columns of a session (thread id, current question, summary message)."""
        await self.tx.execute(update(SessionRecord).where(SessionRecord.id == session_id).values(**values))

    async def end(self, session_id: int, at: dt.datetime, state: str = "ended") -> bool:
        """End a running session; False if it had already ended (so ending is idempotent)."""
        stmt = (
            update(SessionRecord)
            .where(SessionRecord.id == session_id, SessionRecord.state == "running")
            .values(state=state, ended_at=at)
        )
        return (await self.tx.execute(stmt)).rowcount == 1

    async def running(self) -> Sequence[SessionRecord]:
        """Return every running session, to rebuild timers at start-up."""
        stmt = select(SessionRecord).where(SessionRecord.state == "running")
        return (await self.tx.scalars(stmt)).all()

    async def unrevealed(self) -> Sequence[SessionRecord]:
        """Return ended sessions whose reveal never completed (the bot stopped mid-way)."""
        stmt = select(SessionRecord).where(
            SessionRecord.state == "ended",
            SessionRecord.thread_id.is_not(None),
            SessionRecord.revealed_at.is_(None),
        )
        return (await self.tx.scalars(stmt)).all()

    async def record_hint(self, session_id: int, question_id: str, stage: int, at: dt.datetime) -> bool:
        """Record a hint stage of a question; False if that stage was already used."""
        stmt = dialect_insert(self.tx, HintUse).values(
            session_id=session_id, question_id=question_id, stage=stage, used_at=at
        )
        return (await self.tx.execute(stmt.on_conflict_do_nothing())).rowcount == 1

    async def hints_used(self, session_id: int) -> dict[str, int]:
        """Return how many hint stages a session used, per question id."""
        stmt = (
            select(HintUse.question_id, func.count())
            .where(HintUse.session_id == session_id)
            .group_by(HintUse.question_id)
        )
        return {question_id: int(count) for question_id, count in (await self.tx.execute(stmt)).all()}

    async def answer_counts(self, session_id: int) -> tuple[int, int]:
        """Return how many answers a session has stored, and how many of them came late."""
        stmt = select(func.count(), func.count().filter(Answer.late)).where(Answer.session_id == session_id)
        total, late = (await self.tx.execute(stmt)).one()
        return int(total), int(late)

    async def answers(self, session_id: int) -> Sequence[Answer]:
        """Return a session's answers in the order they were submitted."""
        stmt = select(Answer).where(Answer.session_id == session_id).order_by(Answer.submitted_at, Answer.id)
        return (await self.tx.scalars(stmt)).all()

    async def add_answer(
        self, session_id: int, user_id: int, question_id: str, body: str, at: dt.datetime, *, late: bool = False
    ) -> Answer:
        """Store an answer a candidate submitted (late: after the time ran out)."""
        answer = Answer(
            session_id=session_id, user_id=user_id, question_id=question_id, body=body, submitted_at=at, late=late
        )
        self.tx.add(answer)
        await self.tx.flush()
        return answer

    async def forget_answers(self, guild_id: int, user_id: int) -> int:
        """Delete every answer a member wrote in a server; return how many."""
        ids = select(SessionRecord.id).where(SessionRecord.guild_id == guild_id)
        stmt = delete(Answer).where(Answer.user_id == user_id, Answer.session_id.in_(ids))
        return (await self.tx.execute(stmt)).rowcount

    async def last_seen(self, guild_id: int, user_id: int) -> dict[str, dt.datetime]:
        """Return when a member was last shown each question: every question of every session they opened.

        A series session shows all its questions (each is revealed at the end), so every id counts, not
        only the first; a cancelled session never reached the member and does not count.
        """
        stmt = select(SessionRecord.question_ids, SessionRecord.started_at).where(
            SessionRecord.guild_id == guild_id,
            SessionRecord.user_id == user_id,
            SessionRecord.state != "cancelled",
        )
        seen: dict[str, dt.datetime] = {}
        for question_ids, started_at in (await self.tx.execute(stmt)).all():
            for question_id in question_ids.split():
                seen[question_id] = max(started_at, seen.get(question_id, started_at))
        return seen


class PointsRepository:
    """The append-only, idempotent points ledger."""

    def __init__(self, tx: AsyncSession) -> None:
        self.tx = tx

    async def award(
        self,
        guild_id: int,
        user_id: int,
        delta: int,
        reason: str,
        source: str,
        at: dt.datetime,
        session_id: int | None = None,
        *,
        known_member: bool = False,
    ) -> bool:
        """Append a ledger line once: (member, reason, source) is unique, so a retried award counts once.

        `source` names what earned it (e.g. `session:42`, `daily:2026-11-30`); returns False if it was already awarded.
        `known_member` skips recording the member when the caller already holds a row that requires them. A new
        line is added to the member's tallies (week, month, all time; every round and the session's round).
        """
        if not known_member:
            await MemberRepository(self.tx).ensure(guild_id, user_id)
        stmt = dialect_insert(self.tx, PointsEntry).values(
            guild_id=guild_id,
            user_id=user_id,
            delta=delta,
            reason=reason,
            source=source,
            session_id=session_id,
            created_at=at,
        )
        if (await self.tx.execute(stmt.on_conflict_do_nothing())).rowcount != 1:
            return False
        round_ = await self.tx.scalar(select(SessionRecord.round).where(SessionRecord.id == session_id))
        await TallyRepository(self.tx).add(guild_id, user_id, delta, int(reason in REVIEW_REASONS), at, round_ or "")
        return True

    async def total(self, guild_id: int, user_id: int) -> int:
        """Return a member's points in a server."""
        stmt = select(func.coalesce(func.sum(PointsEntry.delta), 0)).where(
            PointsEntry.guild_id == guild_id, PointsEntry.user_id == user_id
        )
        return int(await self.tx.scalar(stmt) or 0)


class DailyPostRepository:
    """Daily problem posts, claimed once per server and date."""

    def __init__(self, tx: AsyncSession) -> None:
        self.tx = tx

    async def claim(self, guild_id: int, post_date: dt.date, question_id: str, at: dt.datetime, **values: Any) -> bool:
        """Claim the day's post; True only for the one caller that inserted the row (`values`: more columns)."""
        await GuildRepository(self.tx).get_or_create(guild_id)
        stmt = dialect_insert(self.tx, DailyPost).values(
            guild_id=guild_id, post_date=post_date, question_id=question_id, claimed_at=at, **values
        )
        return (await self.tx.execute(stmt.on_conflict_do_nothing())).rowcount == 1

    async def set_message(self, guild_id: int, post_date: dt.date, message_id: int) -> None:
        """Remember the message that carried the day's post."""
        stmt = (
            update(DailyPost)
            .where(DailyPost.guild_id == guild_id, DailyPost.post_date == post_date)
            .values(message_id=message_id)
        )
        await self.tx.execute(stmt)

    async def get(self, guild_id: int, post_date: dt.date) -> DailyPost | None:
        """Return the day's post, if claimed."""
        stmt = select(DailyPost).where(DailyPost.guild_id == guild_id, DailyPost.post_date == post_date)
        return (await self.tx.scalars(stmt)).first()


class JudgeRunRepository:
    """Runs of members' code by the judge."""

    def __init__(self, tx: AsyncSession) -> None:
        self.tx = tx

    async def add(self, run: JudgeRun) -> JudgeRun:
        """Store a run and return it with its id."""
        self.tx.add(run)
        await self.tx.flush()
        return run

    async def for_session(self, session_id: int) -> Sequence[JudgeRun]:
        """Return a session's runs, oldest first."""
        result = await self.tx.scalars(select(JudgeRun).where(JudgeRun.session_id == session_id).order_by(JudgeRun.id))
        return result.all()

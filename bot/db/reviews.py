"""Repository of peer review: review windows, the prompts that collect reactions, and written feedback."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.dialect import dialect_insert
from bot.db.models import Feedback, GuildSettings, ReviewPrompt, SessionRecord


class ReviewRepository:
    """Review windows, prompts and feedback rows."""

    def __init__(self, tx: AsyncSession) -> None:
        self.tx = tx

    async def window_hours(self, guild_id: int) -> int | None:
        """Return a server's review window in hours, if it has settings."""
        return await self.tx.scalar(select(GuildSettings.review_window_hours).where(GuildSettings.guild_id == guild_id))

    async def open_window(self, session_id: int, closes_at: dt.datetime) -> dt.datetime:
        """Set a session's window to close at `closes_at` unless it already has one; return its closing time."""
        await self.tx.execute(
            update(SessionRecord)
            .where(SessionRecord.id == session_id, SessionRecord.review_closes_at.is_(None))
            .values(review_closes_at=closes_at)
        )
        return await self.tx.scalar(select(SessionRecord.review_closes_at).where(SessionRecord.id == session_id))

    async def close_window(self, session_id: int, at: dt.datetime) -> bool:
        """Mark a window closed; False if it already was (closing is idempotent)."""
        stmt = (
            update(SessionRecord)
            .where(SessionRecord.id == session_id, SessionRecord.review_closed_at.is_(None))
            .values(review_closed_at=at)
        )
        return (await self.tx.execute(stmt)).rowcount == 1

    async def open_windows(self) -> Sequence[tuple[int, int, dt.datetime]]:
        """Return (session id, guild id, closes at) of every window not yet closed."""
        stmt = select(SessionRecord.id, SessionRecord.guild_id, SessionRecord.review_closes_at).where(
            SessionRecord.review_closes_at.is_not(None), SessionRecord.review_closed_at.is_(None)
        )
        return [(i, g, c) for i, g, c in (await self.tx.execute(stmt)).all()]

    async def add_prompt(self, session_id: int, criterion: str, channel_id: int, message_id: int) -> None:
        """Remember the message that collects votes on a criterion (a retry with the same message is a no-op)."""
        stmt = dialect_insert(self.tx, ReviewPrompt).values(
            message_id=message_id, session_id=session_id, channel_id=channel_id, criterion=criterion
        )
        await self.tx.execute(stmt.on_conflict_do_nothing())

    async def prompts(self, session_id: int) -> Sequence[ReviewPrompt]:
        """Return a session's review prompts."""
        return (await self.tx.scalars(select(ReviewPrompt).where(ReviewPrompt.session_id == session_id))).all()

    async def add_feedback(self, session_id: int, reviewer_id: int, body: str, at: dt.datetime) -> Feedback | None:
        """Store a reviewer's feedback; None if they already left some on this session."""
        stmt = dialect_insert(self.tx, Feedback).values(
            session_id=session_id, reviewer_id=reviewer_id, body=body, created_at=at
        )
        if (await self.tx.execute(stmt.on_conflict_do_nothing())).rowcount != 1:
            return None
        return (
            await self.tx.scalars(
                select(Feedback).where(Feedback.session_id == session_id, Feedback.reviewer_id == reviewer_id)
            )
        ).one()

    async def feedback(self, feedback_id: int) -> Feedback | None:
        """Return one feedback row."""
        return await self.tx.get(Feedback, feedback_id)

    async def set_feedback_message(self, feedback_id: int, message_id: int) -> None:
        """Remember the thread message that carries a feedback."""
        await self.tx.execute(update(Feedback).where(Feedback.id == feedback_id).values(message_id=message_id))

    async def mark_helpful(self, feedback_id: int, at: dt.datetime) -> bool:
        """Mark feedback helpful once; False if it already was."""
        stmt = update(Feedback).where(Feedback.id == feedback_id, Feedback.helpful_at.is_(None)).values(helpful_at=at)
        return (await self.tx.execute(stmt)).rowcount == 1

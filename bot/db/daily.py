"""The daily problem's queries: configured servers, posts and their claims, hints, solves and reviews given."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.core.scoring import REVIEW_REASONS
from bot.db.dialect import dialect_insert
from bot.db.models import DailyPost, DailySolve, GuildSettings, Member, PointsEntry
from bot.db.repositories import GuildRepository, MemberRepository


class DailyRepository:
    """Daily posts, solves, and the settings the daily post reads."""

    def __init__(self, tx: AsyncSession) -> None:
        self.tx = tx

    async def settings(self, guild_id: int) -> GuildSettings:
        """Return a server's settings, creating defaults on first use."""
        return await GuildRepository(self.tx).get_or_create(guild_id)

    async def configured(self) -> Sequence[GuildSettings]:
        """Return every server whose daily post is on."""
        stmt = select(GuildSettings).where(
            GuildSettings.daily_enabled.is_(True), GuildSettings.daily_channel_id.is_not(None)
        )
        return (await self.tx.scalars(stmt)).all()

    async def history(self, guild_id: int) -> dict[str, int]:
        """Return how many times each question was posted in a server."""
        stmt = (
            select(DailyPost.question_id, func.count())
            .where(DailyPost.guild_id == guild_id)
            .group_by(DailyPost.question_id)
        )
        return {qid: int(n) for qid, n in (await self.tx.execute(stmt)).all()}

    async def post(self, guild_id: int, post_date: dt.date) -> DailyPost | None:
        """Return a server's post of a date, if claimed."""
        stmt = select(DailyPost).where(DailyPost.guild_id == guild_id, DailyPost.post_date == post_date)
        return (await self.tx.scalars(stmt)).first()

    async def post_by_id(self, post_id: int) -> DailyPost | None:
        """Return a post by id."""
        return await self.tx.get(DailyPost, post_id)

    async def post_by_message(self, message_id: int) -> DailyPost | None:
        """Return the post a message carries, if it is a daily post."""
        return (await self.tx.scalars(select(DailyPost).where(DailyPost.message_id == message_id))).first()

    async def latest(self, guild_id: int) -> DailyPost | None:
        """Return a server's newest sent post."""
        stmt = (
            select(DailyPost)
            .where(DailyPost.guild_id == guild_id, DailyPost.message_id.is_not(None))
            .order_by(DailyPost.post_date.desc())
            .limit(1)
        )
        return (await self.tx.scalars(stmt)).first()

    async def resume(self, post_id: int, now: dt.datetime, stale_before: dt.datetime | None) -> bool:
        """Take over a claim whose message was never recorded (its sender died); False if it was sent or is fresh.

        `stale_before=None` takes it over whatever its age (at start-up, when no sender of this process is alive).
        """
        stmt = update(DailyPost).where(DailyPost.id == post_id, DailyPost.message_id.is_(None))
        if stale_before is not None:
            stmt = stmt.where(DailyPost.claimed_at < stale_before)
        return (await self.tx.execute(stmt.values(claimed_at=now))).rowcount == 1

    async def set_fields(self, post_id: int, **values: Any) -> None:
        """Update columns of a post (message, thread, posted time)."""
        await self.tx.execute(update(DailyPost).where(DailyPost.id == post_id).values(**values))

    async def set_last_post(self, guild_id: int, at: dt.datetime) -> None:
        """Move on the instant up to which a server's posts are handled (sent or skipped); it never goes back."""
        stmt = (
            update(GuildSettings)
            .where(
                GuildSettings.guild_id == guild_id,
                or_(GuildSettings.daily_last_post_at.is_(None), GuildSettings.daily_last_post_at < at),
            )
            .values(daily_last_post_at=at)
        )
        await self.tx.execute(stmt)

    async def hint_pending(self, since: dt.datetime) -> Sequence[DailyPost]:
        """Return sent posts since an instant, with their thread, for their hints."""
        stmt = select(DailyPost).where(
            DailyPost.posted_at.is_not(None), DailyPost.thread_id.is_not(None), DailyPost.posted_at >= since
        )
        return (await self.tx.scalars(stmt)).all()

    async def take_hint(self, post_id: int, stage: int) -> bool:
        """Claim hint `stage` (1-based) of a post; True for the one caller that moved it on."""
        stmt = (
            update(DailyPost)
            .where(DailyPost.id == post_id, DailyPost.hints_posted == stage - 1)
            .values(hints_posted=stage)
        )
        return (await self.tx.execute(stmt)).rowcount == 1

    async def solve(self, post: DailyPost, user_id: int, at: dt.datetime) -> bool:
        """Record that a member solved a post; False if they already had."""
        await MemberRepository(self.tx).ensure(post.guild_id, user_id)
        stmt = dialect_insert(self.tx, DailySolve).values(
            guild_id=post.guild_id, user_id=user_id, post_id=post.id, solved_at=at
        )
        return (await self.tx.execute(stmt.on_conflict_do_nothing())).rowcount == 1

    async def solves(self, guild_id: int, user_id: int) -> list[dt.datetime]:
        """Return when a member solved daily problems in a server."""
        stmt = select(DailySolve.solved_at).where(DailySolve.guild_id == guild_id, DailySolve.user_id == user_id)
        return list((await self.tx.scalars(stmt)).all())

    async def reviews_given(self, guild_id: int, user_id: int) -> list[dt.datetime]:
        """Return when a member first earned review points (peer reactions or written feedback) on each session
        of others in a server: the same reviews `/stats` counts."""
        stmt = (
            select(func.min(PointsEntry.created_at))
            .where(
                PointsEntry.guild_id == guild_id,
                PointsEntry.user_id == user_id,
                PointsEntry.reason.in_([str(reason) for reason in REVIEW_REASONS]),
            )
            .group_by(PointsEntry.session_id)
        )
        return list((await self.tx.scalars(stmt)).all())

    async def member_zone(self, guild_id: int, user_id: int) -> str | None:
        """Return the zone a member chose, or None (the server's applies)."""
        member = await self.tx.get(Member, (guild_id, user_id))
        return member.timezone if member else None

    async def set_member_zone(self, guild_id: int, user_id: int, zone: str) -> None:
        """Set a member's zone."""
        await MemberRepository(self.tx).ensure(guild_id, user_id)
        stmt = update(Member).where(Member.guild_id == guild_id, Member.user_id == user_id).values(timezone=zone)
        await self.tx.execute(stmt)
